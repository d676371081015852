import { useQuery } from '@tanstack/react-query';
import { api, expectOk, ifMatch, unwrap, type Schemas } from '@/lib/api-client';
import { useAdminMutation } from './admin-mutation';

type Webhook = Schemas['Webhook'];
const KEY = ['webhooks'];

/** All webhook subscriptions, newest first, with where their delivery stands (refreshed while the page is open). */
export function useWebhooks() {
  return useQuery({
    queryKey: KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/webhooks', { params: { query: { size: 200, sort: '-createdAt' } }, signal })),
    refetchInterval: 10_000,
  });
}

export function useWebhook(id: string) {
  return useQuery({
    queryKey: [...KEY, id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/webhooks/{id}', { params: { path: { id } }, signal })),
    refetchInterval: 5_000,
  });
}

/** The recent delivery attempts, newest first; refreshed every few seconds, since deliveries happen meanwhile. */
export function useWebhookDeliveries(id: string) {
  return useQuery({
    queryKey: [...KEY, id, 'deliveries'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { size: 100 } }, signal })),
    refetchInterval: 3_000,
  });
}

/** Creates a subscription; the answer carries its secret, the only time it is shown. */
export function useCreateWebhook() {
  return useAdminMutation(async (input: Schemas['WebhookInput']) => unwrap(await api.POST('/api/v1/webhooks', { body: input })), [KEY]);
}

/** Disables or enables a subscription. */
export function useSetWebhookActive() {
  return useAdminMutation(
    async ({ webhook, active }: { webhook: Webhook; active: boolean }) =>
      unwrap(
        active
          ? await api.POST('/api/v1/webhooks/{id}/enable', { params: { path: { id: webhook.id } } })
          : await api.POST('/api/v1/webhooks/{id}/disable', { params: { path: { id: webhook.id } } }),
      ),
    [KEY],
  );
}

export function useDeleteWebhook() {
  return useAdminMutation(
    async (webhook: Webhook) =>
      expectOk(await api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: webhook.id }, header: { 'If-Match': ifMatch(webhook) } } })),
    [KEY],
  );
}
