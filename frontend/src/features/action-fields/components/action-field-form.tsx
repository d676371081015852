import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { TextareaField, TextField } from '@/components/ui/form-fields';
import { PublicationStatusField, usePublicationOptions } from '@/components/ui/publish-button';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { showWithOptions } from '@/components/ui/show-options';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useActionFieldForm } from '../hooks/use-action-field-form';
import type { ActionFieldFormValues } from '../utils/action-field-form';

type ActionField = Schemas['ActionField'];

/** Creates (without `field`) or edits an action field of area `slug`. */
export function ActionFieldForm({
  slug,
  field,
  newPosition,
  onSaved,
}: {
  slug: string;
  field?: ActionField;
  newPosition?: number;
  onSaved?: (f: ActionField, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const { form, labels } = useActionFieldForm(slug, field, { newPosition, onSaved });
  const show = showWithOptions<ActionFieldFormValues>({ publicationStatus: usePublicationOptions() });
  const base = form.base;
  return (
    <RecordFormFrame
      form={form}
      labels={labels}
      show={show}
      cancelTo={base ? paths.actionField(slug, base.id) : paths.area(slug)}
      savedNotice={base ? <AppLink to={paths.actionField(slug, base.id)}>{base.title}</AppLink> : null}
    >
      <TextField form={form} name="code" label={labels.code} required maxLength={20} />
      <TextField form={form} name="title" label={labels.title} required maxLength={200} />
      <TextareaField form={form} name="goal" label={labels.goal} rows={3} />
      <TextareaField form={form} name="description" label={labels.description} rows={6} />
      <TextareaField form={form} name="easyLanguageSummary" label={labels.easyLanguageSummary} hint={t('easyLanguage.fieldHint')} rows={6} />
      <TextField form={form} name="color" label={labels.color} hint={t('actionFieldForm.colorHint')} maxLength={7} />
      <PublicationStatusField form={form} label={labels.publicationStatus} />
    </RecordFormFrame>
  );
}
