import { useTranslation } from 'react-i18next';
import { useRecordForm, type RecordFormDefinition } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import '../edition-form-texts';
import { fetchEditionNow, useSaveEdition } from '../api/editions';
import { EDITION_FORM_FIELDS, editionRules, editionToForm, editionToInput, type EditionFormField, type EditionFormValues } from '../utils/edition-form';

type Edition = Schemas['Edition'];

const LABEL_KEYS = {
  label: 'editionForm.label',
  publishedOn: 'editionForm.publishedOn',
  documentUrl: 'editionForm.documentUrl',
  summary: 'editionForm.summary',
} as const satisfies Record<EditionFormField, string>;

/** The state of the edition form: editing `edition`, or creating one in area `slug` when it is undefined. */
export function useEditionForm(slug: string, edition: Edition | undefined, onSaved?: (e: Edition, created: boolean) => void) {
  const { t } = useTranslation();
  const save = useSaveEdition(slug);
  const labels = Object.fromEntries(EDITION_FORM_FIELDS.map((f) => [f, t(LABEL_KEYS[f])])) as Record<EditionFormField, string>;
  const definition: RecordFormDefinition<Edition, EditionFormValues, Schemas['EditionInput']> = {
    fields: EDITION_FORM_FIELDS,
    labels,
    toValues: editionToForm,
    rules: editionRules(t('editionForm.urlPattern')),
    toInput: editionToInput,
    save: (input, base) => save.mutateAsync({ input, base }),
    fetchCurrent: (base) => fetchEditionNow(slug, base.id),
    onSaved,
  };
  return { form: useRecordForm(definition, edition), labels };
}
