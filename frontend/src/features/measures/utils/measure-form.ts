import type { Schemas } from '@/lib/api-client';
import { fromNullable, toNullable, type FieldErrors, type FieldRules } from '@/lib/record-form';

type Measure = Schemas['Measure'];

/** The fields the measure form edits, as the inputs hold them (strings; empty = none). */
export type MeasureFormValues = {
  code: string;
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
};

export type MeasureFormField = keyof MeasureFormValues;

export const MEASURE_FORM_FIELDS: readonly MeasureFormField[] = [
  'code',
  'title',
  'summary',
  'description',
  'actionFieldId',
  'status',
  'priority',
  'progress',
  'startDate',
  'endDate',
  'publicationStatus',
];

/** Preset values of a new measure (from `?actionField=`). */
export interface MeasurePrefill {
  actionFieldId?: string;
}

/** The form's values for a measure, or for a new one (`undefined`) with the prefill. */
export function measureToForm(m: Measure | undefined, prefill: MeasurePrefill = {}): MeasureFormValues {
  return {
    code: m?.code ?? '',
    title: m?.title ?? '',
    summary: fromNullable(m?.summary),
    description: fromNullable(m?.description),
    status: m?.status ?? 'PLANNED',
    priority: m?.priority ?? 'MEDIUM',
    progress: String(m?.progress ?? 0),
    startDate: fromNullable(m?.startDate),
    endDate: fromNullable(m?.endDate),
    actionFieldId: m?.actionField.id ?? prefill.actionFieldId ?? '',
    publicationStatus: m?.publicationStatus ?? 'DRAFT',
  };
}

/**
 * The complete new state for PUT (or POST): the edited fields from the form, everything else as the measure `base`
 * has it (so a save never drops what this form does not show).
 */
export function formToInput(values: MeasureFormValues, base: Measure | undefined): Schemas['MeasureInput'] {
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    summary: toNullable(values.summary),
    description: toNullable(values.description),
    actionFieldId: values.actionFieldId,
    furtherActionFieldIds: base?.furtherActionFields.map((f) => f.id) ?? [],
    needIds: base?.needs.map((n) => n.id) ?? [],
    status: values.status,
    priority: values.priority,
    progress: Number(values.progress),
    startDate: toNullable(values.startDate),
    endDate: toNullable(values.endDate),
    leadActorId: base?.leadActor?.id ?? null,
    partnerActorIds: base?.partnerActors.map((a) => a.id) ?? [],
    targetGroups: base?.targetGroups.map((g) => g.code) ?? [],
    location: base?.location ?? null,
    budget: base?.budget ?? null,
    fundingSource: base?.fundingSource ?? null,
    links: base?.links ?? [],
    publicationStatus: values.publicationStatus,
  };
}

/** The API's rules for MeasureInput (openapi.yaml), per field. */
export function measureRules(codeMessage: string): FieldRules<MeasureFormValues> {
  return {
    code: { required: true, maxLength: 20, pattern: { regex: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, message: codeMessage } },
    title: { required: true, maxLength: 200 },
    summary: { maxLength: 2000 },
    description: { maxLength: 20000 },
    actionFieldId: { required: true },
    progress: { required: true, integer: { min: 0, max: 100 } },
  };
}

/** The rule across fields: the end not before the start. */
export function checkMeasureDates(values: MeasureFormValues, message: string): FieldErrors<MeasureFormValues> {
  return values.startDate && values.endDate && values.endDate < values.startDate ? { endDate: message } : {};
}
