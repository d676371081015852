import { useTranslation } from 'react-i18next';
import { useRecordForm, type RecordFormDefinition } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import '../measure-form-texts';
import { fetchMeasureNow, useCreateMeasure, useUpdateMeasure } from '../api/measures';
import { checkMeasureDates, formToInput, MEASURE_FORM_FIELDS, measureRules, measureToForm, type MeasureFormField, type MeasureFormValues, type MeasurePrefill } from '../utils/measure-form';

type Measure = Schemas['Measure'];

export const MEASURE_LABEL_KEYS = {
  code: 'measureEdit.code',
  title: 'measureEdit.titleField',
  summary: 'measureEdit.summary',
  description: 'measureEdit.description',
  status: 'measureEdit.status',
  priority: 'measureEdit.priority',
  progress: 'measureEdit.progress',
  startDate: 'measureEdit.startDate',
  endDate: 'measureEdit.endDate',
  actionFieldId: 'measureEdit.actionField',
  publicationStatus: 'measureEdit.publicationStatus',
} as const satisfies Record<MeasureFormField, string>;

/** The state of the measure form: editing `measure`, or creating one in area `slug` when it is undefined. */
export function useMeasureForm({ slug, measure, prefill, onSaved }: { slug: string; measure?: Measure; prefill?: MeasurePrefill; onSaved?: (m: Measure, created: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateMeasure(slug);
  const create = useCreateMeasure(slug);
  const labels = Object.fromEntries(MEASURE_FORM_FIELDS.map((f) => [f, t(MEASURE_LABEL_KEYS[f])])) as Record<MeasureFormField, string>;
  const definition: RecordFormDefinition<Measure, MeasureFormValues, Schemas['MeasureInput']> = {
    fields: MEASURE_FORM_FIELDS,
    labels,
    toValues: (m) => measureToForm(m, prefill),
    rules: measureRules(t('measureForm.codePattern')),
    check: (v) => checkMeasureDates(v, t('form.dateOrder')),
    toInput: formToInput,
    save: (input, base) => (base ? update.mutateAsync({ id: base.id, input, version: base.version }) : create.mutateAsync(input)),
    fetchCurrent: (base) => fetchMeasureNow(slug, base.id),
    onSaved,
  };
  return { form: useRecordForm(definition, measure), labels };
}
