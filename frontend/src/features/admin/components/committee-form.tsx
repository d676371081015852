import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { TextField } from '@/components/ui/form-fields';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useCommitteeForm } from '../hooks/use-admin-forms';

type Committee = Schemas['Committee'];

export function CommitteeForm({ committee, onSaved }: { committee?: Committee; onSaved: (c: Committee, created: boolean) => void }) {
  const { form, labels } = useCommitteeForm(committee, onSaved);
  return (
    <RecordFormFrame form={form} labels={labels} cancelTo={paths.admin('committees')}>
      <TextField form={form} name="name" label={labels.name} required maxLength={200} />
      <TextField form={form} name="shortName" label={labels.shortName} maxLength={50} />
      <TextField form={form} name="municipality" label={labels.municipality} required maxLength={200} />
      <TextField form={form} name="oparlOrganizationUrl" label={labels.oparlOrganizationUrl} maxLength={2000} />
    </RecordFormFrame>
  );
}
