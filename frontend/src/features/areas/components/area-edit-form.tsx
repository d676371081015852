import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { CheckboxField, NumberField, TextareaField, TextField } from '@/components/ui/form-fields';
import { PublicationStatusField, usePublicationOptions } from '@/components/ui/publish-button';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { showWithOptions } from '@/components/ui/show-options';
import { useSession } from '@/features/auth/hooks/use-session';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useAreaForm } from '../hooks/use-area-form';
import { BOUNDARY_TYPES, type AreaFormValues } from '../utils/area-form';

type Area = Schemas['Area'];

// Leaflet loads only when the form is shown.
const GeometryMapEditor = lazy(() => import('@/features/map/components/geometry-field').then((m) => ({ default: m.GeometryMapEditor })));

/** The area's profile: every field of AreaInput. */
export function AreaEditForm({ area, onSaved }: { area: Area; onSaved?: (a: Area, created: boolean) => void }) {
  const { t } = useTranslation();
  const { form, labels } = useAreaForm(area, onSaved);
  const show = showWithOptions<AreaFormValues>({ publicationStatus: usePublicationOptions() });
  const slug = form.base?.slug ?? area.slug;
  // the order of the areas is the administration's: editors keep the position as it is
  const isAdmin = useSession().isAdmin;
  return (
    <RecordFormFrame form={form} labels={labels} show={show} cancelTo={paths.area(slug)} savedNotice={<AppLink to={paths.area(slug)}>{form.base?.name}</AppLink>}>
      <TextField form={form} name="name" label={labels.name} required maxLength={200} />
      <TextField form={form} name="slug" label={labels.slug} hint={t('areaForm.slugHint')} required maxLength={100} />
      <div className="edit-form__row">
        <TextField form={form} name="municipality" label={labels.municipality} required maxLength={200} />
        <TextField form={form} name="programme" label={labels.programme} required maxLength={200} />
      </div>
      <div className="edit-form__row">
        <NumberField form={form} name="fundingStart" label={labels.fundingStart} min={1900} max={2100} />
        <NumberField form={form} name="fundingEnd" label={labels.fundingEnd} min={1900} max={2100} />
      </div>
      <div className="edit-form__row">
        <TextField form={form} name="sizeHectares" label={labels.sizeHectares} />
        <NumberField form={form} name="inhabitants" label={labels.inhabitants} min={0} />
        <TextField form={form} name="budget" label={labels.budget} />
      </div>
      <TextareaField form={form} name="summary" label={labels.summary} rows={4} />
      <TextareaField form={form} name="easyLanguageSummary" label={labels.easyLanguageSummary} hint={t('easyLanguage.fieldHint')} rows={8} />
      <TextareaField form={form} name="description" label={labels.description} rows={10} />
      <fieldset className="kern-fieldset place-fields">
        <legend className="kern-label">{t('areaForm.boundaryHeading')}</legend>
        <Suspense fallback={<div className="map-placeholder" />}>
          <GeometryMapEditor label={t('areaForm.boundaryMap')} text={form.values.boundary} onText={(text) => form.set('boundary', text)} allowed={BOUNDARY_TYPES} />
        </Suspense>
        <TextareaField form={form} name="boundary" label={labels.boundary} hint={t('map.geoJsonHint')} rows={4} />
        <CheckboxField form={form} name="boundaryApproximate" label={labels.boundaryApproximate} />
      </fieldset>
      {isAdmin ? <NumberField form={form} name="position" label={labels.position} hint={t('areaForm.positionHint')} min={0} max={10000} /> : null}
      <PublicationStatusField form={form} label={labels.publicationStatus} />
    </RecordFormFrame>
  );
}
