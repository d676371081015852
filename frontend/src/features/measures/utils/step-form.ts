import { actorOption } from '@/features/actors/api/actor-search';
import type { Schemas } from '@/lib/api-client';
import { fromNullable, toNullable, type FieldRules, type PickerOption } from '@/lib/record-form';

type Step = Schemas['ActionStep'];

/** The fields of an action step as the step form holds them. */
export type StepFormValues = {
  title: string;
  description: string;
  dueDate: string;
  status: Schemas['StepStatus'];
  responsibleActor: PickerOption[];
};

export type StepFormField = keyof StepFormValues;

export const STEP_FORM_FIELDS: readonly StepFormField[] = ['title', 'description', 'dueDate', 'status', 'responsibleActor'];

export const STEP_API_FIELDS: Record<string, StepFormField> = { responsibleActorId: 'responsibleActor' };

export const STEP_RULES: FieldRules<StepFormValues> = { title: { required: true, maxLength: 200 }, description: { maxLength: 20000 } };

export function stepToForm(step: Step | undefined): StepFormValues {
  return {
    title: step?.title ?? '',
    description: fromNullable(step?.description),
    dueDate: fromNullable(step?.dueDate),
    status: step?.status ?? 'OPEN',
    responsibleActor: step?.responsibleActor ? [actorOption(step.responsibleActor)] : [],
  };
}

/** The body for POST/PUT; a step keeps its position (a new one goes to `position`, the end of the list). */
export function formToStepInput(values: StepFormValues, position: number): Schemas['ActionStepInput'] {
  return {
    title: values.title.trim(),
    description: toNullable(values.description),
    dueDate: toNullable(values.dueDate),
    status: values.status,
    responsibleActorId: values.responsibleActor[0]?.value ?? null,
    position,
  };
}

/** The input that replaces a step unchanged except for its position (for reordering). */
export function stepWithPosition(step: Step, position: number): Schemas['ActionStepInput'] {
  return { ...formToStepInput(stepToForm(step), position), title: step.title, description: step.description };
}

/**
 * The steps in their new order after moving the one at `index` by `by` (−1 up, +1 down), with the position each step
 * must get; only those whose position changes are listed (positions become 0, 1, 2 …).
 */
export function reorder(steps: Step[], index: number, by: -1 | 1): { step: Step; position: number }[] {
  const target = index + by;
  if (target < 0 || target >= steps.length) return [];
  const order = [...steps];
  [order[index], order[target]] = [order[target]!, order[index]!];
  return order.map((step, position) => ({ step, position })).filter(({ step, position }) => step.position !== position);
}
