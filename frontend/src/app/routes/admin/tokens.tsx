import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '@/components/ui/delete-button';
import { useApiTokens, useRevokeApiToken } from '@/features/admin/api/tokens';
import { AdminListPage } from '@/features/admin/components/admin-list-page';
import { AdminTable } from '@/features/admin/components/admin-table';
import { tokenState } from '@/features/admin/utils/token-form';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

/** The API tokens, revoked and expired ones included; valid ones can be revoked. */
export default function TokensPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [revoked, setRevoked] = useState<string>();
  const [now] = useState(() => new Date());
  const title = t('admin.sections.tokens.title');
  const day = (ts: string | null) => (ts ? formatDate(ts.slice(0, 10), lang) : t('admin.tokens.never'));
  return (
    <AdminListPage
      title={title}
      intro={<p className="kern-body">{t('admin.tokens.intro')}</p>}
      newLabel={t('admin.tokens.new')}
      newTo={paths.admin('tokens/new')}
      notice={revoked}
      query={tokens}
      isEmpty={(p) => !p.items.length}
    >
      {(page) => (
        <AdminTable
          caption={title}
          rows={page.items}
          columns={[
            { header: t('admin.tokens.fields.name'), rowHeader: true, cell: (k) => k.name },
            { header: t('admin.tokens.fields.role'), cell: (k) => t(`role.${k.role}`) },
            { header: t('admin.accounts.binding'), cell: (k) => [...k.areas, ...k.actors].map((x) => x.name).join(', ') || t('admin.none') },
            { header: t('admin.tokens.createdAt'), cell: (k) => day(k.createdAt) },
            { header: t('admin.tokens.fields.expiresAt'), cell: (k) => day(k.expiresAt) },
            { header: t('admin.tokens.lastUsed'), cell: (k) => day(k.lastUsedAt) },
            { header: t('admin.tokens.state'), cell: (k) => t(`admin.tokens.states.${tokenState(k, now)}`) },
            {
              header: t('admin.actions'),
              cell: (k) =>
                k.revokedAt ? null : (
                  <DeleteButton
                    label={t('admin.tokens.revokeNamed', { name: k.name })}
                    visibleLabel={t('admin.tokens.revoke')}
                    confirmTitle={t('admin.tokens.revokeTitle')}
                    confirmLabel={t('admin.tokens.revokeConfirm')}
                    question={t('admin.tokens.revokeQuestion', { name: k.name })}
                    onDelete={() => revoke.mutateAsync(k)}
                    onDeleted={() => setRevoked(t('admin.tokens.revoked', { name: k.name }))}
                  />
                ),
            },
          ]}
        />
      )}
    </AdminListPage>
  );
}
