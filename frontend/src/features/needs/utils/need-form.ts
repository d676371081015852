import type { Schemas } from '@/lib/api-client';
import { measureOption } from '@/features/measures/api/measure-search';
import { fromNullable, pickedIds, toNullable, type FieldRules, type PickerOption } from '@/lib/record-form';

type Need = Schemas['Need'];

/** The fields the need form edits (empty text = none; target group codes; the measures answering the need). */
export type NeedFormValues = {
  actionFieldId: string;
  code: string;
  title: string;
  description: string;
  evidence: string;
  priority: Schemas['Priority'];
  targetGroups: string[];
  measures: PickerOption[];
  publicationStatus: Schemas['PublicationStatus'];
};

export type NeedFormField = keyof NeedFormValues;

export const NEED_FORM_FIELDS: readonly NeedFormField[] = [
  'actionFieldId',
  'code',
  'title',
  'description',
  'evidence',
  'priority',
  'targetGroups',
  'measures',
  'publicationStatus',
];

/** What the need form saves: the need itself, and the measures that should answer it (linked from their side). */
export interface NeedSave {
  need: Schemas['NeedInput'];
  measureIds: string[];
}

/** The form's values for a need, or for a new one in action field `actionFieldId`. */
export function needToForm(n: Need | undefined, prefill: { actionFieldId?: string } = {}): NeedFormValues {
  return {
    actionFieldId: n?.actionField.id ?? prefill.actionFieldId ?? '',
    code: n?.code ?? '',
    title: n?.title ?? '',
    description: fromNullable(n?.description),
    evidence: fromNullable(n?.evidence),
    priority: n?.priority ?? 'MEDIUM',
    targetGroups: n?.targetGroups.map((g) => g.code) ?? [],
    measures: n?.measures.map(measureOption) ?? [],
    publicationStatus: n?.publicationStatus ?? 'DRAFT',
  };
}

export function needFormToSave(values: NeedFormValues): NeedSave {
  return {
    need: {
      actionFieldId: values.actionFieldId,
      code: values.code.trim(),
      title: values.title.trim(),
      description: toNullable(values.description),
      evidence: toNullable(values.evidence),
      priority: values.priority,
      targetGroups: values.targetGroups,
      publicationStatus: values.publicationStatus,
    },
    measureIds: pickedIds(values.measures),
  };
}

/** The API's rules for NeedInput (openapi.yaml), per field. */
export function needRules(codeMessage: string): FieldRules<NeedFormValues> {
  return {
    actionFieldId: { required: true },
    code: { required: true, maxLength: 20, pattern: { regex: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, message: codeMessage } },
    title: { required: true, maxLength: 200 },
    description: { maxLength: 20000 },
    evidence: { maxLength: 20000 },
  };
}

/** The measures to link to the need and those to unlink, given the ids before and after. */
export function linkChanges(before: string[], after: string[]) {
  return { add: after.filter((id) => !before.includes(id)), remove: before.filter((id) => !after.includes(id)) };
}
