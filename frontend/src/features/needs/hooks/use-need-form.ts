import { useTranslation } from 'react-i18next';
import { useRecordForm, type RecordFormDefinition } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import '../need-form-texts';
import { fetchNeedNow, useSaveNeed } from '../api/needs';
import { NEED_FORM_FIELDS, needFormToSave, needRules, needToForm, type NeedFormField, type NeedFormValues, type NeedSave } from '../utils/need-form';

type Need = Schemas['Need'];

const LABEL_KEYS = {
  actionFieldId: 'needForm.actionField',
  code: 'needForm.code',
  title: 'needForm.titleField',
  description: 'needForm.description',
  evidence: 'needForm.evidence',
  priority: 'needForm.priority',
  targetGroups: 'needForm.targetGroups',
  measures: 'needForm.measures',
  publicationStatus: 'needForm.publicationStatus',
} as const satisfies Record<NeedFormField, string>;

/** How needs of area `slug` are shown in a form and saved (a new one in action field `actionFieldId`). */
export function useNeedDefinition(slug: string, options: { actionFieldId?: string; onSaved?: (n: Need, created: boolean) => void } = {}) {
  const { t } = useTranslation();
  const save = useSaveNeed(slug);
  const labels = Object.fromEntries(NEED_FORM_FIELDS.map((f) => [f, t(LABEL_KEYS[f])])) as Record<NeedFormField, string>;
  const definition: RecordFormDefinition<Need, NeedFormValues, NeedSave> = {
    fields: NEED_FORM_FIELDS,
    labels,
    toValues: (n) => needToForm(n, { actionFieldId: options.actionFieldId }),
    rules: needRules(t('needForm.codePattern')),
    toInput: needFormToSave,
    save: (input, base) => save.mutateAsync({ input, base }),
    fetchCurrent: (base) => fetchNeedNow(slug, base.id),
    apiFields: { measureIds: 'measures', needIds: 'measures' },
    onSaved: options.onSaved,
  };
  return definition;
}

export function useNeedForm(slug: string, need: Need | undefined, options: Parameters<typeof useNeedDefinition>[1]) {
  const definition = useNeedDefinition(slug, options);
  return { form: useRecordForm(definition, need), labels: definition.labels };
}
