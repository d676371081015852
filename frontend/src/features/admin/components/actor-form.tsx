import { useTranslation } from 'react-i18next';
import { showPlain } from '@/components/ui/conflict-dialog';
import { SelectField, TextareaField, TextField } from '@/components/ui/form-fields';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useActorForm } from '../hooks/use-admin-forms';
import { ACTOR_KINDS } from '../utils/reference-forms';

type Actor = Schemas['Actor'];

export function ActorForm({ actor, onSaved }: { actor?: Actor; onSaved: (a: Actor, created: boolean) => void }) {
  const { t } = useTranslation();
  const { form, labels } = useActorForm(actor, onSaved);
  return (
    <RecordFormFrame
      form={form}
      labels={labels}
      show={(f, v) => (f === 'kind' && typeof v === 'string' ? t(`actorKind.${v as Schemas['ActorKind']}`) : showPlain(v))}
      cancelTo={paths.admin('actors')}
    >
      <TextField form={form} name="name" label={labels.name} required maxLength={200} />
      <SelectField form={form} name="kind" label={labels.kind} required options={ACTOR_KINDS.map((k) => ({ value: k, label: t(`actorKind.${k}`) }))} />
      <TextField form={form} name="municipality" label={labels.municipality} required maxLength={200} />
      <TextareaField form={form} name="description" label={labels.description} rows={5} />
      <TextField form={form} name="website" label={labels.website} maxLength={2000} />
      <TextField form={form} name="email" label={labels.email} maxLength={320} autoComplete="off" />
    </RecordFormFrame>
  );
}
