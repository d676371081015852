import { useTranslation } from 'react-i18next';
import { showPlain } from '@/components/ui/conflict-dialog';
import { CheckboxField, PasswordField, SelectField, TextField } from '@/components/ui/form-fields';
import { PickerField } from '@/components/ui/picker';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import type { FieldValue } from '@/lib/record-form';
import { useAccountForm } from '../hooks/use-admin-forms';
import { useActorSearch, useAreaSearch } from '../hooks/use-pickers';
import { ASSIGNABLE_ROLES, MAIL_LANGUAGES, type AccountFormField } from '../utils/account-form';

type Account = Schemas['Account'];

/**
 * Creates (without `account`) or edits an account: role and what it is bound to (areas for editors, actors for
 * contributors), enabled or disabled, and a new password when one is typed.
 */
export function AccountForm({ account, onSaved }: { account?: Account; onSaved: (a: Account, created: boolean) => void }) {
  const { t } = useTranslation();
  const { form, labels } = useAccountForm(account, onSaved);
  const searchAreas = useAreaSearch();
  const searchActors = useActorSearch();
  const role = form.values.role;

  // A typed password never shows in the conflict table.
  const show = (field: AccountFormField, value: FieldValue) => {
    if (field === 'password') return value ? '••••••••••••' : '';
    if (field === 'role' && typeof value === 'string') return t(`role.${value as Account['role']}`);
    return showPlain(value);
  };

  return (
    <RecordFormFrame form={form} labels={labels} show={show} cancelTo={paths.admin('accounts')} submitLabel={form.base ? undefined : t('admin.accounts.create')}>
      <TextField form={form} name="username" label={labels.username} hint={t('admin.accounts.usernameHint')} required maxLength={100} autoComplete="off" />
      <TextField form={form} name="displayName" label={labels.displayName} required maxLength={200} />
      <SelectField form={form} name="role" label={labels.role} required options={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      {role === 'EDITOR' ? <PickerField form={form} name="areas" label={labels.areas} hint={t('admin.accounts.areasHint')} multiple search={searchAreas} /> : null}
      {role === 'CONTRIBUTOR' ? <PickerField form={form} name="actors" label={labels.actors} hint={t('admin.accounts.actorsHint')} multiple search={searchActors} /> : null}
      {form.base ? <CheckboxField form={form} name="enabled" label={labels.enabled} /> : null}
      <TextField form={form} name="email" label={labels.email} hint={t('admin.accounts.emailHint')} maxLength={254} autoComplete="off" />
      <SelectField form={form} name="language" label={labels.language} required options={MAIL_LANGUAGES.map((l) => ({ value: l, label: t(`admin.accounts.languages.${l}`) }))} />
      <PasswordField
        form={form}
        name="password"
        label={form.base ? t('admin.accounts.newPassword') : labels.password}
        hint={form.base ? t('admin.accounts.resetHint') : t('admin.accounts.passwordHint')}
        required={!form.base}
        maxLength={72}
      />
    </RecordFormFrame>
  );
}
