import { useTranslation } from 'react-i18next';
import { useRecordForm, type RecordFormDefinition } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import { useLang } from '@/lib/use-lang';
import '../indicator-texts';
import { fetchIndicatorNow, useSaveIndicator } from '../api/indicators';
import {
  checkIndicator,
  INDICATOR_FORM_FIELDS,
  INDICATOR_RULES,
  indicatorFormToInput,
  indicatorToForm,
  type IndicatorFormField,
  type IndicatorFormValues,
} from '../utils/indicator-form';

type Indicator = Schemas['Indicator'];

const LABEL_KEYS = {
  name: 'indicators.form.name',
  description: 'indicators.form.description',
  unit: 'indicators.form.unit',
  valueType: 'indicators.form.valueType',
  direction: 'indicators.form.direction',
  source: 'indicators.form.source',
  spatialLevel: 'indicators.form.spatialLevel',
  baselinePeriod: 'indicators.form.baselinePeriod',
  baselineValue: 'indicators.form.baselineValue',
  baselineCity: 'indicators.form.baselineCity',
  values: 'indicators.form.values',
  targets: 'indicators.form.targets',
  actionFields: 'indicators.form.actionFields',
  needs: 'indicators.form.needs',
  measures: 'indicators.form.measures',
  publicationStatus: 'indicators.form.publicationStatus',
} as const satisfies Record<IndicatorFormField, string>;

/** How indicators of area `slug` are shown in a form and saved. */
export function useIndicatorDefinition(slug: string, options: { onSaved?: (i: Indicator, created: boolean) => void } = {}) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveIndicator(slug);
  const labels = Object.fromEntries(INDICATOR_FORM_FIELDS.map((f) => [f, t(LABEL_KEYS[f])])) as Record<IndicatorFormField, string>;
  const definition: RecordFormDefinition<Indicator, IndicatorFormValues, Schemas['IndicatorInput']> = {
    fields: INDICATOR_FORM_FIELDS,
    labels,
    toValues: (i) => indicatorToForm(i, lang),
    rules: INDICATOR_RULES,
    check: (values) => checkIndicator(values, (key, params) => t(`indicators.form.errors.${key}` as never, params)),
    toInput: indicatorFormToInput,
    save: (input, base) => save.mutateAsync({ input, base }),
    fetchCurrent: (base) => fetchIndicatorNow(slug, base.id),
    apiFields: { actionFieldIds: 'actionFields', needIds: 'needs', measureIds: 'measures', baseline: 'baselineValue' },
    onSaved: options.onSaved,
  };
  return definition;
}

export function useIndicatorForm(slug: string, indicator: Indicator | undefined, options: Parameters<typeof useIndicatorDefinition>[1]) {
  const definition = useIndicatorDefinition(slug, options);
  return { form: useRecordForm(definition, indicator), labels: definition.labels };
}
