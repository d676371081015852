import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { DateField, NumberField, SelectField, TextareaField, TextField } from '@/components/ui/form-fields';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import type { FieldValue } from '@/lib/record-form';
import { useMeasureForm } from '../hooks/use-measure-form';
import type { MeasureFormField, MeasurePrefill } from '../utils/measure-form';

type Measure = Schemas['Measure'];

const STATUSES: Schemas['MeasureStatus'][] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ONGOING', 'DISCONTINUED'];
const PRIORITIES: Schemas['Priority'][] = ['HIGH', 'MEDIUM', 'LOW'];
const PUBLICATION: Schemas['PublicationStatus'][] = ['DRAFT', 'PUBLISHED'];

/**
 * Creates (without `measure`) or edits a measure without ever losing input: client checks with the API's rules, the
 * API's messages next to the fields, a conflict dialog on 412, a login on an expired session, and a question before
 * unsaved changes are left.
 */
export function MeasureEditForm({
  slug,
  measure,
  actionFields,
  prefill,
  onSaved,
}: {
  slug: string;
  measure?: Measure;
  actionFields: Schemas['ActionField'][];
  prefill?: MeasurePrefill;
  onSaved?: (m: Measure, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const { form, labels } = useMeasureForm({ slug, measure, prefill, onSaved });

  const show = (f: MeasureFormField, v: FieldValue) => {
    if (typeof v !== 'string' || !v) return '';
    if (f === 'status') return t(`measureStatus.${v as Schemas['MeasureStatus']}`);
    if (f === 'priority') return t(`priority.${v as Schemas['Priority']}`);
    if (f === 'publicationStatus') return t(`publicationStatus.${v as Schemas['PublicationStatus']}`);
    if (f === 'actionFieldId') return actionFields.find((a) => a.id === v)?.title ?? v;
    return v;
  };

  const base = form.base;
  return (
    <RecordFormFrame
      form={form}
      labels={labels}
      show={show}
      cancelTo={base ? paths.measure(slug, base.id) : paths.measures(slug)}
      savedNotice={base ? <AppLink to={paths.measure(slug, base.id)}>{base.title}</AppLink> : null}
    >
      <TextField form={form} name="code" label={labels.code} required maxLength={20} />
      <TextField form={form} name="title" label={labels.title} required maxLength={200} />
      <TextareaField form={form} name="summary" label={labels.summary} rows={3} />
      <TextareaField form={form} name="description" label={labels.description} rows={8} />
      <SelectField
        form={form}
        name="actionFieldId"
        label={labels.actionFieldId}
        required
        emptyLabel={base ? undefined : ''}
        options={actionFields.map((a) => ({ value: a.id, label: `${a.code} – ${a.title}` }))}
      />
      <div className="edit-form__row">
        <SelectField form={form} name="status" label={labels.status} options={STATUSES.map((s) => ({ value: s, label: t(`measureStatus.${s}`) }))} />
        <SelectField form={form} name="priority" label={labels.priority} options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
        <NumberField form={form} name="progress" label={labels.progress} min={0} max={100} />
      </div>
      <div className="edit-form__row">
        <DateField form={form} name="startDate" label={labels.startDate} />
        <DateField form={form} name="endDate" label={labels.endDate} />
      </div>
      <SelectField
        form={form}
        name="publicationStatus"
        label={labels.publicationStatus}
        options={PUBLICATION.map((p) => ({ value: p, label: t(`publicationStatus.${p}`) }))}
      />
    </RecordFormFrame>
  );
}
