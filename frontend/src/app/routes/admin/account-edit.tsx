import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAccount, useDeleteAccount } from '@/features/admin/api/accounts';
import { AccountForm } from '@/features/admin/components/account-form';
import { AdminRecordPage } from '@/features/admin/components/admin-record-page';

/** A new account (/admin/accounts/new) or an existing one, which can also be deleted. */
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
      deletion={{ label: t('admin.accounts.delete'), question: (a) => t('admin.accounts.deleteQuestion', { name: a.username }), remove: remove.mutateAsync }}
      form={(a, onSaved) => <AccountForm key={a?.id ?? 'new'} account={a} onSaved={onSaved} />}
    />
  );
}
