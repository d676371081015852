import { useTranslation } from 'react-i18next';
import { useRecordForm, type RecordFormDefinition } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import '../action-field-form-texts';
import { fetchActionFieldNow, useSaveActionField } from '../api/action-fields';
import {
  ACTION_FIELD_FORM_FIELDS,
  actionFieldRules,
  actionFieldToForm,
  actionFieldToInput,
  type ActionFieldFormField,
  type ActionFieldFormValues,
} from '../utils/action-field-form';

type ActionField = Schemas['ActionField'];

const LABEL_KEYS = {
  code: 'actionFieldForm.code',
  title: 'actionFieldForm.titleField',
  goal: 'actionFieldForm.goal',
  description: 'actionFieldForm.description',
  easyLanguageSummary: 'easyLanguage.field',
  color: 'actionFieldForm.color',
  publicationStatus: 'actionFieldForm.publicationStatus',
} as const satisfies Record<ActionFieldFormField, string>;

/** How action fields of area `slug` are shown in a form and saved; a new one goes to `newPosition`. */
export function useActionFieldDefinition(slug: string, options: { newPosition?: number; onSaved?: (f: ActionField, created: boolean) => void } = {}) {
  const { t } = useTranslation();
  const save = useSaveActionField(slug);
  const labels = Object.fromEntries(ACTION_FIELD_FORM_FIELDS.map((f) => [f, t(LABEL_KEYS[f])])) as Record<ActionFieldFormField, string>;
  const definition: RecordFormDefinition<ActionField, ActionFieldFormValues, Schemas['ActionFieldInput']> = {
    fields: ACTION_FIELD_FORM_FIELDS,
    labels,
    toValues: actionFieldToForm,
    rules: actionFieldRules({ code: t('actionFieldForm.codePattern'), color: t('actionFieldForm.colorPattern') }),
    toInput: (values, base) => actionFieldToInput(values, base, options.newPosition),
    save: (input, base) => save.mutateAsync({ input, base }),
    fetchCurrent: (base) => fetchActionFieldNow(slug, base.id),
    onSaved: options.onSaved,
  };
  return definition;
}

/** The state of the action field form: editing `field`, or creating one when it is undefined. */
export function useActionFieldForm(slug: string, field: ActionField | undefined, options: Parameters<typeof useActionFieldDefinition>[1]) {
  const definition = useActionFieldDefinition(slug, options);
  return { form: useRecordForm(definition, field), labels: definition.labels };
}
