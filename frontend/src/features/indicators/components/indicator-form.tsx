import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { CheckboxGroupField, SelectField, TextareaField, TextField } from '@/components/ui/form-fields';
import { PickerField } from '@/components/ui/picker';
import { PublicationStatusField, usePublicationOptions } from '@/components/ui/publish-button';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { showWithOptions } from '@/components/ui/show-options';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';
import { useMeasureSearch } from '@/features/measures/api/measure-search';
import { useNeedSearch } from '@/features/needs/api/need-search';
import '../indicator-texts';
import { useIndicatorForm } from '../hooks/use-indicator-form';
import { mergePasted, TARGET_CELLS, VALUE_CELLS, type IndicatorFormValues } from '../utils/indicator-form';
import { PasteValues } from './paste-values';
import { RowsField } from './rows-field';

type Indicator = Schemas['Indicator'];

const VALUE_TYPES: Schemas['IndicatorValueType'][] = ['NUMBER', 'INTEGER', 'PERCENT'];
const DIRECTIONS: Schemas['IndicatorDirection'][] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
const LEVELS: Schemas['SpatialLevel'][] = ['AREA', 'DISTRICT', 'CITY'];

/**
 * Creates (without `indicator`) or edits an indicator: what it is, its baseline, targets and values (typed row by row
 * or pasted from a spreadsheet), and the action fields, needs and measures it is linked to.
 */
export function IndicatorForm({
  slug,
  indicator,
  actionFields,
  onSaved,
}: {
  slug: string;
  indicator?: Indicator;
  actionFields: Schemas['ActionField'][];
  onSaved?: (i: Indicator, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const searchNeeds = useNeedSearch(slug);
  const searchMeasures = useMeasureSearch(slug);
  const { form, labels } = useIndicatorForm(slug, indicator, { onSaved });
  const fieldOptions = actionFields.map((a) => ({ value: a.id, label: `${a.code} – ${a.title}` }));
  const valueTypeOptions = VALUE_TYPES.map((v) => ({ value: v, label: t(`indicators.valueType.${v}`) }));
  const directionOptions = DIRECTIONS.map((v) => ({ value: v, label: t(`indicators.direction.${v}`) }));
  const levelOptions = LEVELS.map((v) => ({ value: v, label: t(`indicators.spatialLevel.${v}`) }));
  const show = showWithOptions<IndicatorFormValues>({
    valueType: valueTypeOptions,
    direction: directionOptions,
    spatialLevel: levelOptions,
    actionFields: fieldOptions,
    publicationStatus: usePublicationOptions(),
  });
  const base = form.base;
  const rowText = (key: string) => (position: number) => t(`indicators.form.rows.${key}` as never, { position });
  return (
    <RecordFormFrame
      form={form}
      labels={labels}
      show={show}
      cancelTo={base ? paths.indicator(slug, base.id) : paths.area(slug)}
      savedNotice={base ? <AppLink to={paths.indicator(slug, base.id)}>{base.name}</AppLink> : null}
    >
      <TextField form={form} name="name" label={labels.name} required maxLength={200} />
      <TextareaField form={form} name="description" label={labels.description} rows={4} />
      <TextField form={form} name="unit" label={labels.unit} hint={t('indicators.form.unitHint')} maxLength={50} />
      <SelectField form={form} name="valueType" label={labels.valueType} options={valueTypeOptions} />
      <SelectField form={form} name="direction" label={labels.direction} options={directionOptions} />
      <TextField form={form} name="source" label={labels.source} hint={t('indicators.form.sourceHint')} maxLength={500} />
      <SelectField form={form} name="spatialLevel" label={labels.spatialLevel} options={levelOptions} />
      <div className="edit-form__row">
        <TextField form={form} name="baselinePeriod" label={labels.baselinePeriod} hint={t('indicators.form.periodHint')} />
        <TextField form={form} name="baselineValue" label={labels.baselineValue} />
        <TextField form={form} name="baselineCity" label={labels.baselineCity} />
      </div>
      <RowsField
        form={form}
        name="values"
        legend={labels.values}
        cellCount={VALUE_CELLS}
        columns={[
          { label: rowText('period') },
          { label: rowText('value'), inputMode: 'decimal' },
          { label: rowText('city'), inputMode: 'decimal' },
          { label: rowText('note'), size: 'wide' },
        ]}
        none={t('indicators.form.rows.none')}
        addLabel={t('indicators.form.rows.add')}
        removeLabel={rowText('remove')}
      >
        <PasteValues onValues={(pasted) => form.set('values', mergePasted(form.values.values, pasted, lang))} />
      </RowsField>
      <RowsField
        form={form}
        name="targets"
        legend={labels.targets}
        cellCount={TARGET_CELLS}
        columns={[
          { label: rowText('targetYear'), inputMode: 'numeric' },
          { label: rowText('targetValue'), inputMode: 'decimal' },
          { label: rowText('targetNote'), size: 'wide' },
        ]}
        none={t('indicators.form.rows.noTargets')}
        addLabel={t('indicators.form.rows.addTarget')}
        removeLabel={rowText('removeTarget')}
      />
      <CheckboxGroupField form={form} name="actionFields" label={labels.actionFields} options={fieldOptions} />
      <PickerField form={form} name="needs" label={labels.needs} hint={t('indicators.form.needsHint')} multiple search={searchNeeds} />
      <PickerField form={form} name="measures" label={labels.measures} hint={t('indicators.form.needsHint')} multiple search={searchMeasures} />
      <PublicationStatusField form={form} label={labels.publicationStatus} />
    </RecordFormFrame>
  );
}
