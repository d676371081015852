import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { CheckboxGroupField, SelectField, TextareaField, TextField, type SelectOption } from '@/components/ui/form-fields';
import { PickerField } from '@/components/ui/picker';
import { PublicationStatusField, usePublicationOptions } from '@/components/ui/publish-button';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { showWithOptions } from '@/components/ui/show-options';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useMeasureSearch } from '@/features/measures/api/measure-search';
import { useNeedForm } from '../hooks/use-need-form';
import type { NeedFormValues } from '../utils/need-form';

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
  const searchMeasures = useMeasureSearch(slug);
  const { form, labels } = useNeedForm(slug, need, { actionFieldId, onSaved });
  const actionFieldOptions = actionFields.map((a) => ({ value: a.id, label: `${a.code} – ${a.title}` }));
  const priorityOptions = PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }));
  const show = showWithOptions<NeedFormValues>({
    actionFieldId: actionFieldOptions,
    priority: priorityOptions,
    targetGroups,
    publicationStatus: usePublicationOptions(),
  });
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
        options={actionFieldOptions}
      />
      <TextField form={form} name="code" label={labels.code} required maxLength={20} />
      <TextField form={form} name="title" label={labels.title} required maxLength={200} />
      <TextareaField form={form} name="description" label={labels.description} rows={5} />
      <TextareaField form={form} name="evidence" label={labels.evidence} hint={t('needForm.evidenceHint')} rows={3} />
      <SelectField form={form} name="priority" label={labels.priority} options={priorityOptions} />
      <CheckboxGroupField form={form} name="targetGroups" label={labels.targetGroups} options={targetGroups} />
      <PickerField
        form={form}
        name="measures"
        label={labels.measures}
        hint={t('needForm.measuresHint')}
        multiple
        search={searchMeasures}
      />
      <PublicationStatusField form={form} label={labels.publicationStatus} />
    </RecordFormFrame>
  );
}
