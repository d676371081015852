import { useTranslation } from 'react-i18next';
import { useRecordForm, type RecordFormDefinition } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import '../area-form-texts';
import { fetchAreaNow, useUpdateArea } from '../api/area-edit';
import { AREA_FORM_FIELDS, areaRules, areaToForm, areaToInput, checkArea, type AreaFormField, type AreaFormValues } from '../utils/area-form';

type Area = Schemas['Area'];

const LABEL_KEYS = {
  name: 'areaForm.name',
  slug: 'areaForm.slug',
  municipality: 'areaForm.municipality',
  programme: 'areaForm.programme',
  fundingStart: 'areaForm.fundingStart',
  fundingEnd: 'areaForm.fundingEnd',
  sizeHectares: 'areaForm.sizeHectares',
  inhabitants: 'areaForm.inhabitants',
  budget: 'areaForm.budget',
  summary: 'areaForm.summary',
  easyLanguageSummary: 'easyLanguage.field',
  description: 'areaForm.description',
  position: 'areaForm.position',
  boundary: 'areaForm.boundary',
  boundaryApproximate: 'areaForm.boundaryApproximate',
  publicationStatus: 'areaForm.publicationStatus',
} as const satisfies Record<AreaFormField, string>;

/** How the area profile is shown in a form and saved. Areas are created by admins elsewhere, so `save` only replaces. */
export function useAreaDefinition(onSaved?: (a: Area, created: boolean) => void) {
  const { t } = useTranslation();
  const update = useUpdateArea();
  const labels = Object.fromEntries(AREA_FORM_FIELDS.map((f) => [f, t(LABEL_KEYS[f])])) as Record<AreaFormField, string>;
  const definition: RecordFormDefinition<Area, AreaFormValues, Schemas['AreaInput']> = {
    fields: AREA_FORM_FIELDS,
    labels,
    toValues: areaToForm,
    rules: areaRules({ slug: t('areaForm.slugPattern'), decimal: t('areaForm.decimal'), money: t('areaForm.money') }),
    check: (v) =>
      checkArea(v, { slugShort: t('areaForm.slugShort'), yearOrder: t('areaForm.yearOrder'), boundary: t('areaForm.boundaryInvalid') }),
    toInput: areaToInput,
    save: (input, base) => update.mutateAsync({ input, base: base! }),
    fetchCurrent: (base) => fetchAreaNow(base.slug),
    apiFields: { 'budget.amount': 'budget' },
    onSaved,
  };
  return definition;
}

export function useAreaForm(area: Area, onSaved?: (a: Area, created: boolean) => void) {
  const definition = useAreaDefinition(onSaved);
  return { form: useRecordForm(definition, area), labels: definition.labels };
}
