import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DeleteButton } from '@/components/ui/delete-button';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { useDeleteWebhook, useSetWebhookActive, useWebhook, useWebhookDeliveries } from '@/features/admin/api/webhooks';
import { AdminNotice } from '@/features/admin/components/admin-notice';
import { AdminTable } from '@/features/admin/components/admin-table';
import { BackToList } from '@/features/admin/components/back-to-list';
import { webhookState } from '@/features/admin/utils/webhook-form';
import '@/features/admin/webhook-texts';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

/** One webhook: its state, disable/enable and delete, and its recent deliveries. */
export default function WebhookPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const webhook = useWebhook(id);
  if (webhook.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <Skeleton lines={8} />
      </div>
    );
  }
  if (webhook.isError) return <ErrorState error={webhook.error} onRetry={() => void webhook.refetch()} />;
  return (
    <>
      <BackToList list="webhooks" />
      <PageHeading>{t('webhooks.details', { url: webhook.data.url })}</PageHeading>
      <WebhookSummary webhook={webhook.data} />
      <Deliveries id={id} />
    </>
  );
}

function WebhookSummary({ webhook: w }: { webhook: Schemas['Webhook'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useAppNavigate();
  const setActive = useSetWebhookActive();
  const remove = useDeleteWebhook();
  const [notice, setNotice] = useState<string>();
  const time = (ts: string | null | undefined) => (ts ? formatDateTime(ts, lang) : t('webhooks.never'));
  const state = webhookState(w);
  return (
    <>
      <AdminNotice text={notice} />
      <dl className="webhook-summary">
        <dt>{t('webhooks.state')}</dt>
        <dd data-testid="webhook-state">{t(`webhooks.states.${state}`)}</dd>
        {w.state === 'DISABLED' ? (
          <>
            <dt className="visually-hidden">{t('webhooks.state')}</dt>
            <dd>{t('webhooks.disabledSince', { time: time(w.disabledAt), reason: w.disabledReason ?? '' })}</dd>
          </>
        ) : null}
        <dt>{t('webhooks.fields.description')}</dt>
        <dd>{w.description ?? t('admin.none')}</dd>
        <dt>{t('webhooks.fields.events')}</dt>
        <dd>{w.events.includes('*') ? t('webhooks.all') : w.events.map((e) => (e === '*' ? '' : t(`webhooks.types.${e}`))).join(', ')}</dd>
        <dt>{t('webhooks.fields.areas')}</dt>
        <dd>{w.areas.join(', ') || t('webhooks.all')}</dd>
        <dt>{t('webhooks.lastSuccess')}</dt>
        <dd>{time(w.delivery?.lastSuccessAt)}</dd>
        <dt>{t('webhooks.lastFailure')}</dt>
        <dd>{time(w.delivery?.lastFailureAt)}</dd>
        {w.delivery?.lastError ? (
          <>
            <dt>{t('webhooks.lastError')}</dt>
            <dd>{w.delivery.lastError}</dd>
          </>
        ) : null}
        {w.delivery?.nextAttemptAt && w.state === 'ACTIVE' ? (
          <>
            <dt>{t('webhooks.nextAttempt')}</dt>
            <dd>{time(w.delivery.nextAttemptAt)}</dd>
          </>
        ) : null}
      </dl>
      <div className="form-actions">
        {w.state === 'ACTIVE' ? (
          <DeleteButton
            label={t('webhooks.disableNamed', { url: w.url })}
            visibleLabel={t('webhooks.disable')}
            confirmTitle={t('webhooks.disableTitle')}
            confirmLabel={t('webhooks.disableConfirm')}
            question={t('webhooks.disableQuestion', { url: w.url })}
            onDelete={() => setActive.mutateAsync({ webhook: w, active: false })}
            onDeleted={() => setNotice(t('webhooks.disabled', { url: w.url }))}
          />
        ) : (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={setActive.isPending}
            onClick={() => void setActive.mutateAsync({ webhook: w, active: true }).then(() => setNotice(t('webhooks.enabled', { url: w.url })))}
          >
            <span className="kern-label">{t('webhooks.enable')}</span>
          </button>
        )}
        <DeleteButton
          label={t('webhooks.deleteNamed', { url: w.url })}
          visibleLabel={t('webhooks.delete')}
          question={t('webhooks.deleteQuestion', { url: w.url })}
          onDelete={() => remove.mutateAsync(w)}
          onDeleted={() => void navigate(paths.admin('webhooks'), { state: { notice: t('admin.deleted', { name: w.url }) } })}
        />
      </div>
    </>
  );
}

function Deliveries({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const deliveries = useWebhookDeliveries(id);
  const title = t('webhooks.deliveries.title');
  return (
    <div className="webhook-deliveries">
      <h2 className="kern-heading-medium">
        {title}
      </h2>
      {deliveries.isPending ? (
        <Skeleton lines={4} />
      ) : deliveries.isError ? (
        <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : deliveries.data.items.length === 0 ? (
        <EmptyState>{t('webhooks.deliveries.empty')}</EmptyState>
      ) : (
        <AdminTable
          caption={title}
          rows={deliveries.data.items.map((d, i) => ({ ...d, id: `${d.webhookId}-${d.attempt}-${i}` }))}
          columns={[
            { header: t('webhooks.deliveries.attemptedAt'), rowHeader: true, cell: (d) => formatDateTime(d.attemptedAt, lang) },
            { header: t('webhooks.deliveries.webhookId'), cell: (d) => <code>{d.webhookId}</code> },
            { header: t('webhooks.deliveries.attempt'), cell: (d) => d.attempt },
            { header: t('webhooks.deliveries.items'), cell: (d) => d.items },
            { header: t('webhooks.deliveries.result'), cell: (d) => [d.status, d.error].filter((x) => x !== null).join(' – ') },
            { header: t('webhooks.deliveries.duration'), cell: (d) => t('webhooks.deliveries.ms', { ms: d.durationMs }) },
          ]}
        />
      )}
    </div>
  );
}
