import { useTranslation } from 'react-i18next';
import { DateField, SelectField, TextareaField, TextField } from '@/components/ui/form-fields';
import { PickerField } from '@/components/ui/picker';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { useActorSearch } from '@/features/actors/api/actor-search';
import { useRecordForm, type RecordFormDefinition } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import type { FieldValue } from '@/lib/record-form';
import { fetchStepNow, useStepMutations } from '../api/steps';
import '../measure-form-texts';
import { formToStepInput, STEP_API_FIELDS, STEP_FORM_FIELDS, STEP_RULES, stepToForm, type StepFormField, type StepFormValues } from '../utils/step-form';

type Step = Schemas['ActionStep'];

const STATUSES: Schemas['StepStatus'][] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** Creates (without `step`, at position `newPosition`) or edits an action step, inline in the step editor. */
export function StepForm({
  slug,
  measureId,
  step,
  newPosition = 0,
  municipality,
  onDone,
}: {
  slug: string;
  measureId: string;
  step?: Step;
  newPosition?: number;
  municipality?: string;
  /** After saving (with the saved step) or cancelling (without). */
  onDone: (saved?: Step) => void;
}) {
  const { t } = useTranslation();
  const { save } = useStepMutations(slug, measureId);
  const searchActors = useActorSearch(municipality);
  const labels: Record<StepFormField, string> = {
    title: t('measureForm.steps.fieldTitle'),
    description: t('measureForm.steps.description'),
    dueDate: t('measureForm.steps.dueDate'),
    status: t('measureForm.steps.status'),
    responsibleActor: t('measureForm.steps.responsibleActor'),
  };
  const definition: RecordFormDefinition<Step, StepFormValues, Schemas['ActionStepInput']> = {
    fields: STEP_FORM_FIELDS,
    labels,
    toValues: stepToForm,
    rules: STEP_RULES,
    toInput: (values, base) => formToStepInput(values, base?.position ?? newPosition),
    save: (input, base) => save.mutateAsync({ input, base }),
    fetchCurrent: (base) => fetchStepNow(slug, measureId, base.id),
    apiFields: STEP_API_FIELDS,
    onSaved: (saved) => onDone(saved),
  };
  const form = useRecordForm(definition, step);
  const show = (f: StepFormField, v: FieldValue) => (f === 'status' && typeof v === 'string' ? t(`stepStatus.${v as Schemas['StepStatus']}`) : undefined);

  return (
    <div className="step-form">
      <RecordFormFrame
        form={form}
        labels={labels}
        show={show}
        heading={step ? t('measureForm.steps.editTitle') : t('measureForm.steps.newTitle')}
        submitLabel={step ? undefined : t('measureForm.steps.create')}
        onCancel={() => onDone()}
      >
        <TextField form={form} name="title" label={labels.title} required maxLength={200} />
        <TextareaField form={form} name="description" label={labels.description} rows={3} />
        <div className="edit-form__row">
          <DateField form={form} name="dueDate" label={labels.dueDate} />
          <SelectField form={form} name="status" label={labels.status} options={STATUSES.map((s) => ({ value: s, label: t(`stepStatus.${s}`) }))} />
        </div>
        <PickerField form={form} name="responsibleActor" label={labels.responsibleActor} hint={t('measureForm.actorHint')} search={searchActors} />
      </RecordFormFrame>
    </div>
  );
}
