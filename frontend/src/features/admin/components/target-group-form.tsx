import { useTranslation } from 'react-i18next';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { TextField } from '@/components/ui/form-fields';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useTargetGroupForm } from '../hooks/use-admin-forms';

type TargetGroup = Schemas['TargetGroup'];

export function TargetGroupForm({ group, onSaved }: { group?: TargetGroup; onSaved: (g: TargetGroup, created: boolean) => void }) {
  const { t } = useTranslation();
  const { form, labels } = useTargetGroupForm(group, onSaved);
  return (
    <RecordFormFrame form={form} labels={labels} cancelTo={paths.admin('target-groups')}>
      <TextField form={form} name="code" label={labels.code} hint={t('admin.targetGroups.codeHint')} required maxLength={50} />
      <TextField form={form} name="labelDe" label={labels.labelDe} required maxLength={200} />
      <TextField form={form} name="labelEn" label={labels.labelEn} required maxLength={200} />
    </RecordFormFrame>
  );
}
