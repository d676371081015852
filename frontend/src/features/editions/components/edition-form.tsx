import { useTranslation } from 'react-i18next';
import { DateField, TextareaField, TextField } from '@/components/ui/form-fields';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useEditionForm } from '../hooks/use-edition-form';

type Edition = Schemas['Edition'];

/** Creates (without `edition`) or edits an edition of the area's concept. */
export function EditionForm({ slug, edition, onSaved }: { slug: string; edition?: Edition; onSaved?: (e: Edition, created: boolean) => void }) {
  const { t } = useTranslation();
  const { form, labels } = useEditionForm(slug, edition, onSaved);
  return (
    <RecordFormFrame form={form} labels={labels} cancelTo={paths.editions(slug)}>
      <TextField form={form} name="label" label={labels.label} hint={t('editionForm.labelHint')} required maxLength={200} />
      <DateField form={form} name="publishedOn" label={labels.publishedOn} />
      <TextField form={form} name="documentUrl" label={labels.documentUrl} hint={t('editionForm.urlHint')} maxLength={2000} />
      <TextareaField form={form} name="summary" label={labels.summary} rows={6} />
    </RecordFormFrame>
  );
}
