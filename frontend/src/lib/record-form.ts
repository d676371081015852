/** A choice held by a picker field: the id the API wants and the text the user sees. */
export interface PickerOption {
  value: string;
  label: string;
  hint?: string;
}

/** A labelled web link as a links field holds it. */
export interface LinkValue {
  label: string;
  url: string;
}

/** What one form field holds: text of an input (empty = none), a checkbox, checked codes, picked records or links. */
export type FieldValue = string | boolean | string[] | PickerOption[] | LinkValue[];
export type FormValues = Record<string, FieldValue>;
export type FieldOf<V> = keyof V & string;
export type FieldErrors<V> = Partial<Record<FieldOf<V>, string>>;

/** The API's rules for one field (openapi.yaml), checked in the browser before sending. */
/** The API's check of e-mail addresses of accounts (a domain with a dot, no spaces), said by the form before the server. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;

export interface FieldRule {
  required?: boolean;
  maxLength?: number;
  /** A whole number in [min, max]; an empty field is allowed unless `required`. */
  integer?: { min: number; max: number };
  /** A regular expression the (non-empty) text must match, with the message when it does not. */
  pattern?: { regex: RegExp; message: string };
}
export type FieldRules<V> = Partial<Record<FieldOf<V>, FieldRule>>;

/** The translated messages for broken rules, given the field's label. */
export interface RuleMessages {
  required: (label: string) => string;
  tooLong: (label: string, max: number) => string;
  range: (label: string, min: number, max: number) => string;
}

const isEmpty = (value: FieldValue) => (typeof value === 'string' ? value.trim() === '' : Array.isArray(value) ? value.length === 0 : !value);

/** Checks `values` against per-field rules; returns the first broken rule's message per field. */
export function checkRules<V extends FormValues>(values: V, rules: FieldRules<V>, labels: Record<FieldOf<V>, string>, messages: RuleMessages): FieldErrors<V> {
  const errors: FieldErrors<V> = {};
  for (const [field, rule] of Object.entries(rules) as [FieldOf<V>, FieldRule][]) {
    const value = values[field] as FieldValue;
    const label = labels[field];
    if (isEmpty(value)) {
      if (rule.required) errors[field] = messages.required(label);
      continue;
    }
    if (typeof value !== 'string') continue;
    if (rule.maxLength !== undefined && value.length > rule.maxLength) errors[field] = messages.tooLong(label, rule.maxLength);
    else if (rule.integer && (!/^-?\d+$/.test(value.trim()) || Number(value) < rule.integer.min || Number(value) > rule.integer.max))
      errors[field] = messages.range(label, rule.integer.min, rule.integer.max);
    else if (rule.pattern && !rule.pattern.regex.test(value.trim())) errors[field] = rule.pattern.message;
  }
  return errors;
}

/** A value as compared for "dirty" and the conflict table: text without surrounding blanks, sets of ids unordered. */
function comparable(value: FieldValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value.map((v: string | PickerOption | LinkValue) => (typeof v === 'string' ? v : 'value' in v ? v.value : `${v.label.trim()} ${v.url.trim()}`)).sort());
}

export interface FieldDiff<V> {
  field: FieldOf<V>;
  mine: FieldValue;
  theirs: FieldValue;
}

/** The fields (in form order) where my input differs from another version, e.g. the one saved meanwhile. */
export function diffValues<V extends FormValues>(fields: readonly FieldOf<V>[], mine: V, theirs: V): FieldDiff<V>[] {
  const at = (v: V, f: FieldOf<V>) => v[f] as FieldValue;
  return fields.filter((f) => comparable(at(mine, f)) !== comparable(at(theirs, f))).map((field) => ({ field, mine: at(mine, field), theirs: at(theirs, field) }));
}

/**
 * Places the per-field messages of a 400 problem next to the form's fields (`apiFields` maps API names that differ,
 * e.g. `leadActorId` → `leadActor`; `links[0].url` falls back to `links`). The rest goes to `other`, for the summary.
 */
export function mapApiErrors<V>(
  errors: Record<string, string>,
  fields: readonly FieldOf<V>[],
  apiFields: Record<string, FieldOf<V>> = {},
): { fields: FieldErrors<V>; other: string[] } {
  const mapped: FieldErrors<V> = {};
  const other: string[] = [];
  const known = (name: string) => apiFields[name] ?? fields.find((f) => f === name);
  for (const [apiField, message] of Object.entries(errors)) {
    const name = known(apiField) ?? known(apiField.replace(/[[.].*$/, ''));
    if (name && !mapped[name]) mapped[name] = message;
    else other.push(apiField ? `${apiField}: ${message}` : message);
  }
  return { fields: mapped, other };
}

/** Text input value for an optional API string or number (`null` → empty field). */
export const fromNullable = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The API value for an optional text field (blank → `null`). */
export const toNullable = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The ids of picked options. */
export const pickedIds = (options: PickerOption[]): string[] => options.map((o) => o.value);

/** The options whose label or hint contains `text` (case-insensitive), at most `limit`. */
export function filterOptions(options: PickerOption[], text: string, limit = 20): PickerOption[] {
  const needle = text.trim().toLocaleLowerCase();
  return options.filter((o) => !needle || `${o.label} ${o.hint ?? ''}`.toLocaleLowerCase().includes(needle)).slice(0, limit);
}

/** `first`, then those of `more` not in it yet. */
export function mergeOptions(first: PickerOption[], more: PickerOption[]): PickerOption[] {
  const seen = new Set(first.map((o) => o.value));
  return [...first, ...more.filter((o) => !seen.has(o.value))];
}

/**
 * A picker search over a list loaded once (matched by part of the label) that, for whole words (3+ letters), also
 * asks the API's full-text filter, which finds words in descriptions too.
 */
export function listAndTextSearch(all: () => Promise<PickerOption[]>, byWords: (text: string, signal: AbortSignal) => Promise<PickerOption[]>) {
  return async (text: string, signal: AbortSignal): Promise<PickerOption[]> => {
    const byLabel = filterOptions(await all(), text);
    if (text.length < 3) return byLabel;
    return mergeOptions(byLabel, await byWords(text, signal)).slice(0, 20);
  };
}

/**
 * A GeoJSON field's text as the API takes it: null when empty, a pasted Feature's geometry, else the object as it is
 * (the API checks type, positions and rings and names what is wrong); undefined when the text is no JSON object.
 */
export function geometryOfText(text: string): Record<string, unknown> | null | undefined {
  if (!text.trim()) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const object = value as Record<string, unknown>;
    return object.type === 'Feature' ? geometryOfText(JSON.stringify(object.geometry ?? null)) : object;
  } catch {
    return undefined;
  }
}

/** A geometry as a GeoJSON field shows it (compact JSON text; empty for none). */
export const geometryToText = (geometry: unknown): string => (geometry ? JSON.stringify(geometry) : '');
