import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { useWebhooks } from '@/features/admin/api/webhooks';
import { AdminListPage } from '@/features/admin/components/admin-list-page';
import { AdminTable } from '@/features/admin/components/admin-table';
import { webhookState } from '@/features/admin/utils/webhook-form';
import '@/features/admin/webhook-texts';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

/** The webhook subscriptions with their state; each leads to its deliveries and actions. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const webhooks = useWebhooks();
  const title = t('admin.sections.webhooks.title');
  const time = (ts: string | null | undefined) => (ts ? formatDateTime(ts, lang) : t('webhooks.never'));
  return (
    <AdminListPage
      title={title}
      intro={<p className="kern-body">{t('webhooks.intro')}</p>}
      newLabel={t('webhooks.new')}
      newTo={paths.admin('webhooks/new')}
      query={webhooks}
      isEmpty={(p) => !p.items.length}
    >
      {(page) => (
        <AdminTable
          caption={title}
          rows={page.items}
          columns={[
            { header: t('webhooks.fields.url'), rowHeader: true, cell: (w) => <AppLink to={paths.admin(`webhooks/${w.id}`)}>{w.url}</AppLink> },
            { header: t('webhooks.fields.description'), cell: (w) => w.description ?? t('admin.none') },
            {
              header: t('webhooks.fields.events'),
              cell: (w) => (w.events.includes('*') ? t('webhooks.all') : w.events.map((e) => (e === '*' ? t('webhooks.all') : t(`webhooks.types.${e}`))).join(', ')),
            },
            { header: t('webhooks.fields.areas'), cell: (w) => w.areas.join(', ') || t('webhooks.all') },
            { header: t('webhooks.state'), cell: (w) => t(`webhooks.states.${webhookState(w)}`) },
            { header: t('webhooks.failedAttempts'), cell: (w) => w.delivery?.failedAttempts ?? 0 },
            { header: t('webhooks.lastSuccess'), cell: (w) => time(w.delivery?.lastSuccessAt) },
            { header: t('webhooks.lastFailure'), cell: (w) => time(w.delivery?.lastFailureAt) },
          ]}
        />
      )}
    </AdminListPage>
  );
}
