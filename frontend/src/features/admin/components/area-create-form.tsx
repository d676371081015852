import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField, SelectField, TextField } from '@/components/ui/form-fields';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useAreaCreateForm } from '../hooks/use-admin-forms';
import { slugFromName } from '../utils/reference-forms';

const PUBLICATION: Schemas['PublicationStatus'][] = ['DRAFT', 'PUBLISHED'];

/** Creates an area with what identifies it; the slug follows the name until it is edited itself. */
export function AreaCreateForm({ onSaved }: { onSaved: (area: Schemas['Area']) => void }) {
  const { t } = useTranslation();
  const { form, labels } = useAreaCreateForm((area) => onSaved(area));
  // The slug follows the name as long as it was not edited itself (adjusted while rendering the changed name).
  const name = form.values.name;
  const [previousName, setPreviousName] = useState(name);
  if (name !== previousName) {
    setPreviousName(name);
    if (form.values.slug === slugFromName(previousName)) form.set('slug', slugFromName(name));
  }
  return (
    <RecordFormFrame form={form} labels={labels} cancelTo={paths.admin('areas')} submitLabel={t('admin.areas.create')}>
      <TextField form={form} name="name" label={labels.name} required maxLength={200} />
      <TextField form={form} name="slug" label={labels.slug} hint={t('admin.areas.slugHint')} required maxLength={100} />
      <TextField form={form} name="municipality" label={labels.municipality} required maxLength={200} />
      <TextField form={form} name="programme" label={labels.programme} required maxLength={200} />
      <div className="edit-form__row">
        <NumberField form={form} name="fundingStart" label={labels.fundingStart} min={1900} max={2100} />
        <NumberField form={form} name="fundingEnd" label={labels.fundingEnd} min={1900} max={2100} />
      </div>
      <SelectField form={form} name="publicationStatus" label={labels.publicationStatus} options={PUBLICATION.map((p) => ({ value: p, label: t(`publicationStatus.${p}`) }))} />
      <p className="kern-body kern-body--small">{t('admin.areas.profileLater')}</p>
    </RecordFormFrame>
  );
}
