import type { Schemas } from '@/lib/api-client';

type Measure = Schemas['Measure'];

/** The fields the measure form edits, as the inputs hold them (strings; empty = none). */
export interface MeasureFormValues {
  title: string;
  summary: string;
  description: string;
  status: Schemas['MeasureStatus'];
  priority: Schemas['Priority'];
  progress: string;
  startDate: string;
  endDate: string;
  actionFieldId: string;
  publicationStatus: Schemas['PublicationStatus'];
}

export type MeasureFormField = keyof MeasureFormValues;

export const MEASURE_FORM_FIELDS: readonly MeasureFormField[] = [
  'title',
  'summary',
  'description',
  'status',
  'priority',
  'progress',
  'startDate',
  'endDate',
  'actionFieldId',
  'publicationStatus',
];

export function measureToForm(m: Measure): MeasureFormValues {
  return {
    title: m.title,
    summary: m.summary ?? '',
    description: m.description ?? '',
    status: m.status,
    priority: m.priority,
    progress: String(m.progress),
    startDate: m.startDate ?? '',
    endDate: m.endDate ?? '',
    actionFieldId: m.actionField.id,
    publicationStatus: m.publicationStatus,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/**
 * The complete new state for PUT: the edited fields from the form, everything else as the measure `base` has it
 * (so a save never drops what this form does not show).
 */
export function formToInput(values: MeasureFormValues, base: Measure): Schemas['MeasureInput'] {
  return {
    code: base.code,
    title: values.title.trim(),
    summary: orNull(values.summary),
    description: orNull(values.description),
    actionFieldId: values.actionFieldId,
    furtherActionFieldIds: base.furtherActionFields.map((f) => f.id),
    needIds: base.needs.map((n) => n.id),
    status: values.status,
    priority: values.priority,
    progress: Number(values.progress),
    startDate: orNull(values.startDate),
    endDate: orNull(values.endDate),
    leadActorId: base.leadActor?.id ?? null,
    partnerActorIds: base.partnerActors.map((a) => a.id),
    targetGroups: base.targetGroups.map((g) => g.code),
    location: base.location,
    budget: base.budget,
    fundingSource: base.fundingSource,
    links: base.links,
    publicationStatus: values.publicationStatus,
  };
}

export type FieldErrors = Partial<Record<MeasureFormField, string>>;

/** The messages for a rule broken, translated by the caller (`form.required`, …) with the field's label. */
export interface Messages {
  required: (field: MeasureFormField) => string;
  tooLong: (field: MeasureFormField, max: number) => string;
  range: (field: MeasureFormField, min: number, max: number) => string;
  dateOrder: () => string;
}

const MAX_LENGTH: Partial<Record<MeasureFormField, number>> = { title: 200, summary: 2000, description: 20000 };

/** The API's rules for MeasureInput (openapi.yaml), checked before sending. */
export function validateMeasureForm(values: MeasureFormValues, messages: Messages): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.trim()) errors.title = messages.required('title');
  for (const [field, max] of Object.entries(MAX_LENGTH) as [MeasureFormField, number][]) {
    if (!errors[field] && values[field].length > max) errors[field] = messages.tooLong(field, max);
  }
  if (!/^\d{1,3}$/.test(values.progress.trim()) || Number(values.progress) > 100) errors.progress = messages.range('progress', 0, 100);
  if (!values.actionFieldId) errors.actionFieldId = messages.required('actionFieldId');
  if (values.startDate && values.endDate && values.endDate < values.startDate) errors.endDate = messages.dateOrder();
  return errors;
}

/** API field names (MeasureInput) that differ from the form's. */
const API_TO_FORM: Record<string, MeasureFormField> = { actionFieldId: 'actionFieldId' };

/**
 * Places the per-field messages of a 400 problem next to the form's fields. Messages for fields the form does not
 * show (or without a field) are returned in `other`, for the error summary.
 */
export function mapApiErrors(errors: Record<string, string>): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const [apiField, message] of Object.entries(errors)) {
    const name = API_TO_FORM[apiField] ?? (MEASURE_FORM_FIELDS as readonly string[]).find((f) => f === apiField);
    if (name) fields[name as MeasureFormField] = message;
    else other.push(apiField ? `${apiField}: ${message}` : message);
  }
  return { fields, other };
}

export interface FieldDiff {
  field: MeasureFormField;
  mine: string;
  theirs: string;
}

const normalise = (field: MeasureFormField, value: string) => (field === 'title' ? value.trim() : value);

/** Where the user's input differs from the version now on the server (after a 412), in the form's order. */
export function diffForm(mine: MeasureFormValues, theirs: MeasureFormValues): FieldDiff[] {
  return MEASURE_FORM_FIELDS.filter((f) => normalise(f, mine[f]) !== normalise(f, theirs[f])).map((field) => ({
    field,
    mine: mine[field],
    theirs: theirs[field],
  }));
}

/** Whether the form holds anything not saved yet. */
export function isDirty(values: MeasureFormValues, saved: MeasureFormValues): boolean {
  return diffForm(values, saved).length > 0;
}
