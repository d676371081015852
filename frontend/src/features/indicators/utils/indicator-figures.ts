import type { Schemas } from '@/lib/api-client';
import { formatDate, formatNumber, parseDate } from '@/lib/format';
import type { Lang } from '@/lib/paths';

type Indicator = Schemas['Indicator'];
type Value = Schemas['IndicatorValue'];
type Target = Schemas['IndicatorTarget'];

/** A value's place in time, for one time axis: a date at its day, a year in its middle. */
export function timeOf(v: { year: number | null; date: string | null }): number {
  if (v.year !== null) return v.year + 0.5;
  const d = parseDate(v.date ?? '1970-01-01');
  const year = d.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (d.getTime() - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** The year or the date of a value as readers see it. */
export function periodText(v: { year: number | null; date: string | null }, lang: Lang): string {
  return v.year !== null ? String(v.year) : formatDate(v.date, lang);
}

/** The values in time order. */
export function sortedValues(values: readonly Value[]): Value[] {
  return [...values].sort((a, b) => timeOf(a) - timeOf(b));
}

/** A number of the indicator with its unit (`41,8 %`, `104 Teilnahmen`). */
export function formatFigure(value: number, unit: string | null, lang: Lang): string {
  const number = formatNumber(value, lang, 2);
  return unit ? `${number}\u00a0${unit}` : number;
}

export type Change = 'up' | 'down' | 'flat';
export type Rating = 'better' | 'worse';

/** How the indicator moved from its second-to-last value to its latest one, and whether that is for the better. */
export interface Trend {
  change: Change;
  rating: Rating | undefined;
  /** Latest minus previous value. */
  delta: number;
  previous: Value;
  latest: Value;
}

function ratingOf(delta: number, direction: Schemas['IndicatorDirection']): Rating | undefined {
  if (delta === 0) return undefined;
  return (delta > 0) === (direction === 'HIGHER_IS_BETTER') ? 'better' : 'worse';
}

/** The development between the last two values; `undefined` with fewer than two. */
export function trendOf(indicator: Pick<Indicator, 'values' | 'direction'>): Trend | undefined {
  const values = sortedValues(indicator.values);
  const latest = values.at(-1);
  const previous = values.at(-2);
  if (!latest || !previous) return undefined;
  // Rounded to the values' precision, so that floating point noise is no change.
  const delta = Math.round((latest.value - previous.value) * 1e6) / 1e6;
  return { change: delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat', rating: ratingOf(delta, indicator.direction), delta, previous, latest };
}

/** Where the latest value stands against a target: reached, or how far it still is (always positive). */
export interface TargetStatus {
  target: Target;
  reached: boolean;
  distance: number;
}

/**
 * The target the latest value is measured against: the first one from the latest value's year on, else the last one;
 * `undefined` without targets or values.
 */
export function targetStatus(indicator: Pick<Indicator, 'values' | 'direction' | 'targets'>): TargetStatus | undefined {
  const latest = sortedValues(indicator.values).at(-1);
  if (!latest || !indicator.targets.length) return undefined;
  const targets = [...indicator.targets].sort((a, b) => a.year - b.year);
  const year = Math.floor(timeOf(latest));
  const target = targets.find((t) => t.year >= year) ?? targets.at(-1)!;
  const gap = Math.round((target.value - latest.value) * 1e6) / 1e6;
  const higher = indicator.direction === 'HIGHER_IS_BETTER';
  const reached = higher ? gap <= 0 : gap >= 0;
  return { target, reached, distance: Math.abs(gap) };
}

/** Reads a number as typed in German or English: `18,4`, `18.4`, `1.234,5`, `1,234.5`, `-3`. */
export function parseNumber(text: string): number | undefined {
  let s = text.trim().replace(/\s|\u00a0/g, '').replace(/^\u2212/, '-');
  if (!s) return undefined;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** A year (`2025`) or a date (`2025-06-30`, `30.06.2025`) as the API wants it. */
export type Period = { year: number; date: null } | { year: null; date: string };

export function parsePeriod(text: string): Period | undefined {
  const s = text.trim();
  if (/^\d{4}$/.test(s)) return { year: Number(s), date: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const parts = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { year: null, date: `${year}-${pad(month)}-${pad(day)}` };
}

/** One recognised line of a pasted table. */
export interface PastedValue {
  period: Period;
  value: number;
  cityValue: number | null;
}

/**
 * Reads a table as copied from a spreadsheet: per line a year or date and a value, optionally the whole city's value,
 * separated by tabs or semicolons. Lines that are not such a row (a header, a comment) are reported by number.
 */
export function parseValueTable(text: string): { values: PastedValue[]; skipped: number[] } {
  const values: PastedValue[] = [];
  const skipped: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const cells = line.split(/\t|;/).map((c) => c.trim());
    const period = parsePeriod(cells[0] ?? '');
    const value = parseNumber(cells[1] ?? '');
    const city = cells[2] ? parseNumber(cells[2]) : null;
    if (!period || value === undefined || city === undefined) skipped.push(index + 1);
    else values.push({ period, value, cityValue: city });
  });
  return { values, skipped };
}
