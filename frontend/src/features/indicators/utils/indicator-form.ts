import type { Schemas } from '@/lib/api-client';
import type { Lang } from '@/lib/paths';
import { fromNullable, pickedIds, toNullable, type FieldErrors, type FieldRules, type PickerOption } from '@/lib/record-form';
import { parseNumber, parsePeriod, timeOf, type PastedValue } from './indicator-figures';

type Indicator = Schemas['Indicator'];

/**
 * The fields the indicator form edits. Values and targets are rows of cells joined by tabs (so that a row is a plain
 * form value): a value row is `period, value, city value, note, source`, a target row `year, value, note`.
 */
export type IndicatorFormValues = {
  name: string;
  description: string;
  unit: string;
  valueType: Schemas['IndicatorValueType'];
  direction: Schemas['IndicatorDirection'];
  source: string;
  spatialLevel: Schemas['SpatialLevel'];
  baselinePeriod: string;
  baselineValue: string;
  baselineCity: string;
  values: string[];
  targets: string[];
  actionFields: string[];
  needs: PickerOption[];
  measures: PickerOption[];
  publicationStatus: Schemas['PublicationStatus'];
};

export type IndicatorFormField = keyof IndicatorFormValues;

export const INDICATOR_FORM_FIELDS: readonly IndicatorFormField[] = [
  'name',
  'description',
  'unit',
  'valueType',
  'direction',
  'source',
  'spatialLevel',
  'baselinePeriod',
  'baselineValue',
  'baselineCity',
  'values',
  'targets',
  'actionFields',
  'needs',
  'measures',
  'publicationStatus',
];

export const VALUE_CELLS = 5;
export const TARGET_CELLS = 3;

/** The cells of a row (always `count` of them). */
export function cellsOf(row: string, count: number): string[] {
  const cells = row.split('\t');
  return Array.from({ length: count }, (_, i) => cells[i] ?? '');
}

/** A row from its cells; tabs typed into a cell become spaces. */
export function rowOf(cells: string[]): string {
  return cells.map((c) => c.replace(/\t/g, ' ')).join('\t');
}

/** A number as the form shows it: with the decimal comma in German, without grouping. */
export function numberText(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return lang === 'de' ? text.replace('.', ',') : text;
}

/** A year or date as the form shows it: the year, or the date as `30.06.2025` (German) or `2025-06-30`. */
export function periodInput(v: { year: number | null; date: string | null } | null | undefined, lang: Lang): string {
  if (!v) return '';
  if (v.year !== null) return String(v.year);
  if (!v.date) return '';
  if (lang === 'en') return v.date;
  const [year, month, day] = v.date.split('-');
  return `${day}.${month}.${year}`;
}

export function indicatorToForm(i: Indicator | undefined, lang: Lang): IndicatorFormValues {
  return {
    name: i?.name ?? '',
    description: fromNullable(i?.description),
    unit: fromNullable(i?.unit),
    valueType: i?.valueType ?? 'NUMBER',
    direction: i?.direction ?? 'HIGHER_IS_BETTER',
    source: fromNullable(i?.source),
    spatialLevel: i?.spatialLevel ?? 'AREA',
    baselinePeriod: periodInput(i?.baseline, lang),
    baselineValue: numberText(i?.baseline?.value, lang),
    baselineCity: numberText(i?.baseline?.cityValue, lang),
    values: [...(i?.values ?? [])]
      .sort((a, b) => timeOf(a) - timeOf(b))
      .map((v) => rowOf([periodInput(v, lang), numberText(v.value, lang), numberText(v.cityValue, lang), v.note ?? '', v.source ?? ''])),
    targets: (i?.targets ?? []).map((t) => rowOf([String(t.year), numberText(t.value, lang), t.note ?? ''])),
    actionFields: i?.actionFields.map((f) => f.id) ?? [],
    needs: i?.needs.map((n) => ({ value: n.id, label: `${n.code} – ${n.title}` })) ?? [],
    measures: i?.measures.map((m) => ({ value: m.id, label: `${m.code} ${m.title}` })) ?? [],
    publicationStatus: i?.publicationStatus ?? 'DRAFT',
  };
}

const isBlankRow = (row: string) => row.split('\t').every((c) => !c.trim());

/** The request body; blank rows are left out, the baseline's note and source are kept from `base`. */
export function indicatorFormToInput(values: IndicatorFormValues, base: Indicator | undefined): Schemas['IndicatorInput'] {
  const baselinePeriod = parsePeriod(values.baselinePeriod);
  const baselineValue = parseNumber(values.baselineValue);
  return {
    name: values.name.trim(),
    description: toNullable(values.description),
    unit: toNullable(values.unit),
    valueType: values.valueType,
    direction: values.direction,
    source: toNullable(values.source),
    spatialLevel: values.spatialLevel,
    baseline:
      baselinePeriod && baselineValue !== undefined
        ? {
            ...baselinePeriod,
            value: baselineValue,
            cityValue: parseNumber(values.baselineCity) ?? null,
            note: base?.baseline?.note ?? null,
            source: base?.baseline?.source ?? null,
          }
        : null,
    values: values.values
      .filter((row) => !isBlankRow(row))
      .map((row) => {
        const [period, value, city, note, source] = cellsOf(row, VALUE_CELLS);
        return {
          ...parsePeriod(period!)!,
          value: parseNumber(value!)!,
          cityValue: parseNumber(city!) ?? null,
          note: toNullable(note!),
          source: toNullable(source!),
        };
      }),
    targets: values.targets
      .filter((row) => !isBlankRow(row))
      .map((row) => {
        const [year, value, note] = cellsOf(row, TARGET_CELLS);
        return { year: Number(year), value: parseNumber(value!)!, note: toNullable(note!) };
      }),
    actionFieldIds: values.actionFields,
    needIds: pickedIds(values.needs),
    measureIds: pickedIds(values.measures),
    publicationStatus: values.publicationStatus,
  };
}

/** Puts pasted values into the value rows: a value for a period already there replaces it, others are added. */
export function mergePasted(rows: string[], pasted: PastedValue[], lang: Lang): string[] {
  const result = [...rows];
  for (const p of pasted) {
    const period = periodInput(p.period, lang);
    const row = rowOf([period, numberText(p.value, lang), numberText(p.cityValue, lang), '', '']);
    const key = JSON.stringify(p.period);
    const at = result.findIndex((r) => JSON.stringify(parsePeriod(cellsOf(r, VALUE_CELLS)[0]!)) === key);
    if (at >= 0) {
      const old = cellsOf(result[at]!, VALUE_CELLS);
      result[at] = rowOf([period, numberText(p.value, lang), numberText(p.cityValue, lang), old[3]!, old[4]!]);
    } else result.push(row);
  }
  return result.filter((r) => !isBlankRow(r)).sort((a, b) => sortKey(a) - sortKey(b));
}

function sortKey(row: string): number {
  const period = parsePeriod(cellsOf(row, VALUE_CELLS)[0]!);
  return period ? timeOf(period) : Number.MAX_VALUE;
}

/** The messages of {@link checkIndicator}, translated by the caller. */
export type IndicatorMessages = (key: string, params: Record<string, string | number>) => string;

const inRange = (year: number) => year >= 1900 && year <= 2100;

/** The rules across fields and rows the API checks too: periods, numbers of the value type, one value per period. */
export function checkIndicator(values: IndicatorFormValues, message: IndicatorMessages): FieldErrors<IndicatorFormValues> {
  const errors: FieldErrors<IndicatorFormValues> = {};
  const fits = (n: number) => (values.valueType === 'INTEGER' ? Number.isInteger(n) : values.valueType === 'PERCENT' ? n >= 0 && n <= 100 : true);
  const typeError = (position: number) => message(values.valueType === 'INTEGER' ? 'integer' : 'percent', { position });

  const rowErrors: string[] = [];
  const seen = new Map<string, number>();
  values.values.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const position = index + 1;
    const [periodText, valueText, cityText] = cellsOf(row, VALUE_CELLS);
    const period = parsePeriod(periodText!);
    const value = parseNumber(valueText!);
    const city = cityText!.trim() ? parseNumber(cityText!) : null;
    if (!period || !inRange(period.year ?? Number(period.date.slice(0, 4)))) rowErrors.push(message('period', { position }));
    else if (seen.has(JSON.stringify(period))) rowErrors.push(message('duplicate', { position, period: periodText!.trim() }));
    if (period) seen.set(JSON.stringify(period), position);
    if (value === undefined) rowErrors.push(message('value', { position }));
    else if (!fits(value)) rowErrors.push(typeError(position));
    if (city === undefined) rowErrors.push(message('city', { position }));
    else if (city !== null && !fits(city)) rowErrors.push(typeError(position));
  });
  if (rowErrors.length) errors.values = rowErrors.join(' ');

  const targetErrors: string[] = [];
  const years = new Set<number>();
  values.targets.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const position = index + 1;
    const [yearText, valueText] = cellsOf(row, TARGET_CELLS);
    const year = /^\d{4}$/.test(yearText!.trim()) ? Number(yearText) : undefined;
    const value = parseNumber(valueText!);
    if (year === undefined || !inRange(year)) targetErrors.push(message('targetYear', { position }));
    else if (years.has(year)) targetErrors.push(message('targetDuplicate', { position, year }));
    if (year !== undefined) years.add(year);
    if (value === undefined) targetErrors.push(message('targetValue', { position }));
    else if (!fits(value)) targetErrors.push(typeError(position));
  });
  if (targetErrors.length) errors.targets = targetErrors.join(' ');

  const hasBaseline = [values.baselinePeriod, values.baselineValue, values.baselineCity].some((s) => s.trim());
  if (hasBaseline) {
    const period = parsePeriod(values.baselinePeriod);
    if (!period) errors.baselinePeriod = message('baselinePeriod', {});
    const value = parseNumber(values.baselineValue);
    if (value === undefined || !fits(value)) errors.baselineValue = message('baselineValue', {});
  }
  return errors;
}

/** The API's rules for IndicatorInput (openapi.yaml), per field. */
export const INDICATOR_RULES: FieldRules<IndicatorFormValues> = {
  name: { required: true, maxLength: 200 },
  description: { maxLength: 20000 },
  unit: { maxLength: 50 },
  source: { maxLength: 500 },
};
