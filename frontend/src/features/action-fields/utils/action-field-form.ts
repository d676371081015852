import type { Schemas } from '@/lib/api-client';
import { fromNullable, toNullable, type FieldRules } from '@/lib/record-form';

type ActionField = Schemas['ActionField'];

/** The fields the action field form edits, as the inputs hold them (empty = none). */
export type ActionFieldFormValues = {
  code: string;
  title: string;
  goal: string;
  description: string;
  /** The summary in Leichte Sprache (plain-language German), one sentence per line. */
  easyLanguageSummary: string;
  color: string;
  publicationStatus: Schemas['PublicationStatus'];
};

export type ActionFieldFormField = keyof ActionFieldFormValues;

export const ACTION_FIELD_FORM_FIELDS: readonly ActionFieldFormField[] = [
  'code',
  'title',
  'goal',
  'description',
  'easyLanguageSummary',
  'color',
  'publicationStatus',
];

/** A code as the API accepts it for action fields, needs and measures (the `code` pattern in openapi.yaml). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function actionFieldToForm(f: ActionField | undefined): ActionFieldFormValues {
  return {
    code: f?.code ?? '',
    title: f?.title ?? '',
    goal: fromNullable(f?.goal),
    description: fromNullable(f?.description),
    easyLanguageSummary: fromNullable(f?.easyLanguageSummary),
    color: fromNullable(f?.color),
    publicationStatus: f?.publicationStatus ?? 'DRAFT',
  };
}

/**
 * The complete new state for PUT (or POST). The position is not edited in the form: an existing field keeps its
 * own, a new one goes to `newPosition` (after the last).
 */
export function actionFieldToInput(values: ActionFieldFormValues, base: ActionField | undefined, newPosition = 0): Schemas['ActionFieldInput'] {
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    goal: toNullable(values.goal),
    description: toNullable(values.description),
    easyLanguageSummary: toNullable(values.easyLanguageSummary),
    color: toNullable(values.color),
    position: base?.position ?? newPosition,
    publicationStatus: values.publicationStatus,
  };
}

/** The API's rules for ActionFieldInput (openapi.yaml), per field. */
export function actionFieldRules(messages: { code: string; color: string }): FieldRules<ActionFieldFormValues> {
  return {
    code: { required: true, maxLength: 20, pattern: { regex: CODE_PATTERN, message: messages.code } },
    title: { required: true, maxLength: 200 },
    goal: { maxLength: 20000 },
    description: { maxLength: 20000 },
    easyLanguageSummary: { maxLength: 2000 },
    color: { pattern: { regex: /^#[0-9a-fA-F]{6}$/, message: messages.color } },
  };
}

/** The position after the last of `fields`. */
export const nextPosition = (fields: { position: number }[]) => fields.reduce((max, f) => Math.max(max, f.position + 1), 0);

/**
 * Moves the field at `index` by `delta` (-1 up, +1 down) and numbers all fields 0, 1, 2, … in the new order.
 * Returns the new order and the fields whose position changes (only those need saving).
 */
export function moveField<F extends { id: string; position: number }>(fields: F[], index: number, delta: -1 | 1) {
  const target = index + delta;
  if (target < 0 || target >= fields.length) return { order: fields, changes: [] as { field: F; position: number }[] };
  const order = [...fields];
  [order[index], order[target]] = [order[target]!, order[index]!];
  const changes = order.map((field, position) => ({ field, position })).filter((c) => c.field.position !== c.position);
  return { order, changes };
}
