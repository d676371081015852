import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { CheckboxField, CheckboxGroupField, DateField, NumberField, SelectField, TextareaField, TextField } from '@/components/ui/form-fields';
import { LinksField } from '@/components/ui/links-field';
import { PickerField } from '@/components/ui/picker';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { useActorSearch } from '@/features/actors/api/actor-search';
import { useNeedSearch } from '@/features/needs/api/need-search';
import type { Schemas } from '@/lib/api-client';
import type { Geometry } from '@/lib/geojson';
import { paths } from '@/lib/paths';
import { filterOptions, type FieldValue } from '@/lib/record-form';
import { useLang } from '@/lib/use-lang';
import { useTargetGroups } from '../api/measures';
import { useMeasureForm } from '../hooks/use-measure-form';
import { PLACE_TYPES, targetGroupOption, type MeasureFormField, type MeasureFormValues } from '../utils/measure-form';

type Measure = Schemas['Measure'];

// Leaflet loads only when the form is shown.
const GeometryMapEditor = lazy(() => import('@/features/map/components/geometry-field').then((m) => ({ default: m.GeometryMapEditor })));

const STATUSES: Schemas['MeasureStatus'][] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ONGOING', 'DISCONTINUED'];
const PRIORITIES: Schemas['Priority'][] = ['HIGH', 'MEDIUM', 'LOW'];
const PUBLICATION: Schemas['PublicationStatus'][] = ['DRAFT', 'PUBLISHED'];

/**
 * Creates (without `measure`) or edits a measure without ever losing input: client checks with the API's rules, the
 * API's messages next to the fields, a conflict dialog on 412, a login on an expired session, and a question before
 * unsaved changes are left.
 */
export function MeasureEditForm({
  slug,
  measure,
  actionFields,
  municipality,
  areaBoundary,
  prefill,
  onSaved,
}: {
  slug: string;
  measure?: Measure;
  actionFields: Schemas['ActionField'][];
  /** The area's municipality, whose actors may take part. */
  municipality?: string;
  /** The area's boundary, shown for orientation while the place is drawn. */
  areaBoundary?: Geometry | null;
  prefill?: Partial<MeasureFormValues>;
  onSaved?: (m: Measure, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { form, labels } = useMeasureForm({ slug, measure, prefill, onSaved });
  const searchActors = useActorSearch(municipality);
  const searchNeeds = useNeedSearch(slug);
  const targetGroups = useTargetGroups();
  const searchTargetGroups = (text: string) => Promise.resolve(filterOptions((targetGroups.data?.items ?? []).map((g) => targetGroupOption(g, lang)), text, 50));

  const fieldTitle = (id: string) => actionFields.find((a) => a.id === id)?.title ?? id;
  const show = (f: MeasureFormField, v: FieldValue) => {
    if (f === 'furtherActionFieldIds' && Array.isArray(v)) return (v as string[]).map(fieldTitle).join(', ');
    if (typeof v !== 'string' || !v) return undefined;
    if (f === 'status') return t(`measureStatus.${v as Schemas['MeasureStatus']}`);
    if (f === 'priority') return t(`priority.${v as Schemas['Priority']}`);
    if (f === 'publicationStatus') return t(`publicationStatus.${v as Schemas['PublicationStatus']}`);
    if (f === 'actionFieldId') return fieldTitle(v);
    return undefined;
  };

  const base = form.base;
  const fieldOptions = actionFields.map((a) => ({ value: a.id, label: `${a.code} – ${a.title}` }));
  return (
    <RecordFormFrame
      form={form}
      labels={labels}
      show={show}
      cancelTo={base ? paths.measure(slug, base.id) : paths.measures(slug)}
      submitLabel={base ? undefined : t('measureForm.create')}
      savedNotice={base ? <AppLink to={paths.measure(slug, base.id)}>{base.title}</AppLink> : null}
    >
      <div className="edit-form__row">
        <TextField form={form} name="code" label={labels.code} required maxLength={20} />
        <SelectField form={form} name="actionFieldId" label={labels.actionFieldId} required emptyLabel={form.values.actionFieldId ? undefined : ''} options={fieldOptions} />
      </div>
      <TextField form={form} name="title" label={labels.title} required maxLength={200} />
      <TextareaField form={form} name="summary" label={labels.summary} rows={3} />
      <TextareaField form={form} name="easyLanguageSummary" label={labels.easyLanguageSummary} hint={t('easyLanguage.fieldHint')} rows={6} />
      <TextareaField form={form} name="description" label={labels.description} rows={8} />
      <div className="edit-form__row">
        <SelectField form={form} name="status" label={labels.status} options={STATUSES.map((s) => ({ value: s, label: t(`measureStatus.${s}`) }))} />
        <SelectField form={form} name="priority" label={labels.priority} options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
        <NumberField form={form} name="progress" label={labels.progress} min={0} max={100} />
      </div>
      <div className="edit-form__row">
        <DateField form={form} name="startDate" label={labels.startDate} />
        <DateField form={form} name="endDate" label={labels.endDate} />
      </div>
      <h2 className="kern-heading-small">{t('measureForm.moreFields')}</h2>
      <PickerField form={form} name="leadActor" label={labels.leadActor} hint={t('measureForm.actorHint')} search={searchActors} />
      <PickerField form={form} name="partnerActors" label={labels.partnerActors} hint={t('measureForm.actorHint')} multiple search={searchActors} />
      <PickerField form={form} name="targetGroups" label={labels.targetGroups} multiple search={searchTargetGroups} />
      <PickerField form={form} name="needs" label={labels.needs} hint={t('measureForm.needsHint')} multiple search={searchNeeds} />
      <CheckboxGroupField
        form={form}
        name="furtherActionFieldIds"
        label={labels.furtherActionFieldIds}
        options={fieldOptions.filter((o) => o.value !== form.values.actionFieldId)}
      />
      <h2 className="kern-heading-small">{t('measureForm.detailsFields')}</h2>
      <TextField form={form} name="location" label={labels.location} maxLength={500} />
      <fieldset className="kern-fieldset place-fields">
        <legend className="kern-label">{t('measureForm.placeHeading')}</legend>
        <Suspense fallback={<div className="map-placeholder" />}>
          <GeometryMapEditor
            label={t('measureForm.placeMap')}
            text={form.values.locationGeometry}
            onText={(text) => form.set('locationGeometry', text)}
            allowed={PLACE_TYPES}
            context={areaBoundary}
          />
        </Suspense>
        <TextareaField form={form} name="locationGeometry" label={labels.locationGeometry} hint={t('map.geoJsonHint')} rows={3} />
        <CheckboxField form={form} name="locationApproximate" label={labels.locationApproximate} />
      </fieldset>
      <div className="edit-form__row">
        <TextField form={form} name="budgetAmount" label={labels.budgetAmount} />
        <TextField form={form} name="budgetCurrency" label={labels.budgetCurrency} maxLength={3} />
      </div>
      <TextField form={form} name="fundingSource" label={labels.fundingSource} maxLength={500} />
      <LinksField form={form} name="links" label={labels.links} />
      <SelectField
        form={form}
        name="publicationStatus"
        label={labels.publicationStatus}
        options={PUBLICATION.map((p) => ({ value: p, label: t(`publicationStatus.${p}`) }))}
      />
    </RecordFormFrame>
  );
}
