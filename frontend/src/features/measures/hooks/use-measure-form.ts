import { useTranslation } from 'react-i18next';
import { useRecordForm, type RecordFormDefinition } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import { useLang } from '@/lib/use-lang';
import '../measure-form-texts';
import { fetchMeasureNow, useCreateMeasure, useUpdateMeasure } from '../api/measures';
import {
  checkMeasure,
  formToInput,
  MEASURE_API_FIELDS,
  MEASURE_FORM_FIELDS,
  measureRules,
  measureToForm,
  type MeasureFormField,
  type MeasureFormValues,
} from '../utils/measure-form';

type Measure = Schemas['Measure'];

function useMeasureLabels(): Record<MeasureFormField, string> {
  const { t } = useTranslation();
  return {
    code: t('measureEdit.code'),
    title: t('measureEdit.titleField'),
    summary: t('measureEdit.summary'),
    easyLanguageSummary: t('easyLanguage.field'),
    description: t('measureEdit.description'),
    actionFieldId: t('measureEdit.actionField'),
    furtherActionFieldIds: t('measureForm.furtherActionFields'),
    needs: t('measureForm.needs'),
    status: t('measureEdit.status'),
    priority: t('measureEdit.priority'),
    progress: t('measureEdit.progress'),
    startDate: t('measureEdit.startDate'),
    endDate: t('measureEdit.endDate'),
    leadActor: t('measureForm.leadActor'),
    partnerActors: t('measureForm.partnerActors'),
    targetGroups: t('measureForm.targetGroups'),
    location: t('measureForm.location'),
    locationGeometry: t('measureForm.locationGeometry'),
    locationApproximate: t('measureForm.locationApproximate'),
    budgetAmount: t('measureForm.budgetAmount'),
    budgetCurrency: t('measureForm.budgetCurrency'),
    fundingSource: t('measureForm.fundingSource'),
    links: t('measureForm.links'),
    publicationStatus: t('measureEdit.publicationStatus'),
  };
}

/** The state of the measure form: editing `measure`, or creating one in area `slug` when it is undefined. */
export function useMeasureForm({
  slug,
  measure,
  prefill,
  onSaved,
}: {
  slug: string;
  measure?: Measure;
  prefill?: Partial<MeasureFormValues>;
  onSaved?: (m: Measure, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const update = useUpdateMeasure(slug);
  const create = useCreateMeasure(slug);
  const labels = useMeasureLabels();
  const messages = {
    code: t('measureForm.codePattern'),
    amount: t('measureForm.amountPattern'),
    currency: t('measureForm.currencyPattern'),
    dateOrder: t('form.dateOrder'),
    link: (position: number) => t('measureForm.linkInvalid', { position }),
    place: t('measureForm.placeInvalid'),
  };
  const definition: RecordFormDefinition<Measure, MeasureFormValues, Schemas['MeasureInput']> = {
    fields: MEASURE_FORM_FIELDS,
    labels,
    toValues: (m) => measureToForm(m, lang, prefill),
    rules: measureRules(messages),
    check: (v) => checkMeasure(v, messages),
    toInput: formToInput,
    save: (input, base) => (base ? update.mutateAsync({ id: base.id, input, version: base.version }) : create.mutateAsync(input)),
    fetchCurrent: (base) => fetchMeasureNow(slug, base.id),
    apiFields: MEASURE_API_FIELDS,
    uniqueField: 'code',
    onSaved,
  };
  return { form: useRecordForm(definition, measure), labels };
}
