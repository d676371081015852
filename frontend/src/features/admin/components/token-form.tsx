import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showPlain } from '@/components/ui/conflict-dialog';
import { DateField, SelectField, TextField } from '@/components/ui/form-fields';
import { PickerField } from '@/components/ui/picker';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { useRecordForm } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import '../admin-texts';
import { useCreateApiToken } from '../api/tokens';
import { useActorSearch, useAreaSearch } from '../hooks/use-pickers';
import { ASSIGNABLE_ROLES } from '../utils/account-form';
import { checkToken, newTokenValues, TOKEN_FORM_FIELDS, tokenRules, tokenToInput } from '../utils/token-form';
import { TokenSecret } from './token-secret';

/** Creates an API token, then shows its secret once in place of the form. */
export function TokenForm() {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [created, setCreated] = useState<Schemas['ApiTokenCreated'] | null>(null);
  const searchAreas = useAreaSearch();
  const searchActors = useActorSearch();
  const labels = t('admin.tokens.fields', { returnObjects: true });
  const [today] = useState(() => new Date());
  const form = useRecordForm<Schemas['ApiToken'], ReturnType<typeof newTokenValues>, Schemas['ApiTokenInput']>({
    fields: TOKEN_FORM_FIELDS,
    labels,
    toValues: () => newTokenValues(today),
    rules: tokenRules,
    check: (v) =>
      checkToken(v, today, {
        areasNeeded: t('admin.accounts.areasNeeded'),
        actorsNeeded: t('admin.accounts.actorsNeeded'),
        expiryFuture: t('admin.tokens.expiryFuture'),
      }),
    toInput: tokenToInput,
    save: async (input) => {
      const answer = await create.mutateAsync(input);
      setCreated(answer);
      return answer.token;
    },
    apiFields: { areaIds: 'areas', actorIds: 'actors' },
  });

  if (created) return <TokenSecret name={created.token.name} secret={created.secret} />;
  const role = form.values.role;
  return (
    <RecordFormFrame
      form={form}
      labels={labels}
      show={(f, v) => (f === 'role' && typeof v === 'string' ? t(`role.${v as Schemas['Role']}`) : showPlain(v))}
      cancelTo={paths.admin('tokens')}
      submitLabel={t('admin.tokens.create')}
    >
      <TextField form={form} name="name" label={labels.name} hint={t('admin.tokens.nameHint')} required maxLength={200} />
      <SelectField form={form} name="role" label={labels.role} required options={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      {role === 'EDITOR' ? <PickerField form={form} name="areas" label={labels.areas} multiple search={searchAreas} /> : null}
      {role === 'CONTRIBUTOR' ? <PickerField form={form} name="actors" label={labels.actors} multiple search={searchActors} /> : null}
      <DateField form={form} name="expiresAt" label={labels.expiresAt} hint={t('admin.tokens.expiresHint')} required />
    </RecordFormFrame>
  );
}
