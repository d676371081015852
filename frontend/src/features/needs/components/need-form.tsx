import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { CheckboxGroupField, SelectField, TextareaField, TextField, type SelectOption } from '@/components/ui/form-fields';
import { PickerField } from '@/components/ui/picker';
import { PublicationStatusField } from '@/components/ui/publish-button';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import type { FieldValue } from '@/lib/record-form';
import { searchMeasureOptions } from '@/features/measures/api/measure-search';
import { useNeedForm } from '../hooks/use-need-form';
import type { NeedFormField } from '../utils/need-form';

type Need = Schemas['Need'];

const PRIORITIES: Schemas['Priority'][] = ['HIGH', 'MEDIUM', 'LOW'];

/** Creates (without `need`) or edits a need, including which measures answer it and its target groups. */
export function NeedForm({
  slug,
  need,
  actionFields,
  targetGroups,
  actionFieldId,
  onSaved,
}: {
  slug: string;
  need?: Need;
  actionFields: Schemas['ActionField'][];
  targetGroups: SelectOption[];
  actionFieldId?: string;
  onSaved?: (n: Need, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const { form, labels } = useNeedForm(slug, need, { actionFieldId, onSaved });
  const show = (f: NeedFormField, v: FieldValue) => {
    if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? (targetGroups.find((g) => g.value === x)?.label ?? x) : x.label)).join(', ');
    if (typeof v !== 'string' || !v) return '';
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
      cancelTo={base ? paths.need(slug, base.id) : actionFieldId ? paths.actionField(slug, actionFieldId) : paths.area(slug)}
      savedNotice={base ? <AppLink to={paths.need(slug, base.id)}>{base.title}</AppLink> : null}
    >
      <SelectField
        form={form}
        name="actionFieldId"
        label={labels.actionFieldId}
        required
        emptyLabel={base ? undefined : ''}
        options={actionFields.map((a) => ({ value: a.id, label: `${a.code} – ${a.title}` }))}
      />
      <TextField form={form} name="code" label={labels.code} required maxLength={20} />
      <TextField form={form} name="title" label={labels.title} required maxLength={200} />
      <TextareaField form={form} name="description" label={labels.description} rows={5} />
      <TextareaField form={form} name="evidence" label={labels.evidence} hint={t('needForm.evidenceHint')} rows={3} />
      <SelectField form={form} name="priority" label={labels.priority} options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
      <CheckboxGroupField form={form} name="targetGroups" label={labels.targetGroups} options={targetGroups} />
      <PickerField
        form={form}
        name="measures"
        label={labels.measures}
        hint={t('needForm.measuresHint')}
        multiple
        search={(text, signal) => searchMeasureOptions(slug, text, signal)}
      />
      <PublicationStatusField form={form} label={labels.publicationStatus} />
    </RecordFormFrame>
  );
}
