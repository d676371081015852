import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DeleteButton } from '@/components/ui/delete-button';
import { useAccount, useDeleteAccount, useEndAccountSessions } from '@/features/admin/api/accounts';
import { AccountForm } from '@/features/admin/components/account-form';
import { AdminRecordPage } from '@/features/admin/components/admin-record-page';
import type { Schemas } from '@/lib/api-client';

/** A new account (/admin/accounts/new) or an existing one, which can also be logged out everywhere and deleted. */
export default function AccountEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const remove = useDeleteAccount();
  return (
    <AdminRecordPage
      title={id ? t('admin.accounts.editTitle') : t('admin.accounts.new')}
      list="accounts"
      id={id}
      query={useAccount(id ?? '', !!id)}
      name={(a) => a.username}
      actions={(a) => <EndSessions account={a} />}
      deletion={{ label: t('admin.accounts.delete'), question: (a) => t('admin.accounts.deleteQuestion', { name: a.username }), remove: remove.mutateAsync }}
      form={(a, onSaved) => <AccountForm key={a?.id ?? 'new'} account={a} onSaved={onSaved} />}
    />
  );
}

/** "Log out everywhere": asks first, then says that it happened. */
function EndSessions({ account }: { account: Schemas['Account'] }) {
  const { t } = useTranslation();
  const end = useEndAccountSessions();
  const [ended, setEnded] = useState(false);
  return (
    <>
      <DeleteButton
        label={t('admin.accounts.endSessions')}
        confirmTitle={t('admin.accounts.endSessionsTitle')}
        confirmLabel={t('admin.accounts.endSessionsConfirm')}
        question={t('admin.accounts.endSessionsQuestion', { name: account.username })}
        onDelete={() => end.mutateAsync(account)}
        onDeleted={() => setEnded(true)}
      />
      <p role="status" className="kern-body">
        {ended ? t('admin.accounts.sessionsEnded', { name: account.username }) : null}
      </p>
    </>
  );
}
