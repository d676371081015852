import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { useAccounts } from '@/features/admin/api/accounts';
import { AdminListPage } from '@/features/admin/components/admin-list-page';
import { AdminTable } from '@/features/admin/components/admin-table';
import { ReminderStatus } from '@/features/admin/components/reminder-status';
import { weekday } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

/** The accounts: who may log in, with role, bindings, e-mail reminder and whether they are enabled. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const accounts = useAccounts();
  const title = t('admin.sections.accounts.title');
  return (
    <AdminListPage title={title} intro={<ReminderStatus />} newLabel={t('admin.accounts.new')} newTo={paths.admin('accounts/new')} query={accounts} isEmpty={(p) => !p.items.length}>
      {(page) => (
        <AdminTable
          caption={title}
          rows={page.items}
          columns={[
            { header: t('admin.accounts.fields.username'), rowHeader: true, cell: (a) => <AppLink to={paths.admin(`accounts/${a.id}`)}>{a.username}</AppLink> },
            { header: t('admin.accounts.fields.displayName'), cell: (a) => a.displayName },
            { header: t('admin.accounts.fields.role'), cell: (a) => t(`role.${a.role}`) },
            { header: t('admin.accounts.binding'), cell: (a) => [...a.areas, ...a.actors].map((x) => x.name).join(', ') || t('admin.none') },
            { header: t('admin.accounts.fields.email'), cell: (a) => a.email ?? t('admin.none') },
            {
              header: t('admin.accounts.digest'),
              cell: (a) => (a.digestSubscribed ? t('admin.accounts.digestOn', { day: weekday(a.digestWeekday, lang) }) : t('admin.none')),
            },
            { header: t('admin.accounts.status'), cell: (a) => (a.enabled ? t('admin.accounts.enabled') : <strong>{t('admin.accounts.disabled')}</strong>) },
          ]}
        />
      )}
    </AdminListPage>
  );
}
