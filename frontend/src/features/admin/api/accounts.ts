import { useQuery } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';
import { useAdminMutation } from './admin-mutation';

type Account = Schemas['Account'];
const KEY = ['accounts'];

export function useAccounts() {
  return useQuery({
    queryKey: KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/accounts', { params: { query: { size: 200, sort: 'username' } }, signal })),
  });
}

export function useAccount(id: string, enabled = true) {
  return useQuery({ queryKey: [...KEY, id], queryFn: ({ signal }) => fetchAccount(id, signal), enabled });
}

export async function fetchAccount(id: string, signal?: AbortSignal, fresh = false) {
  return unwrap(await api.GET('/api/v1/accounts/{id}', { params: { path: { id } }, headers: fresh ? NO_CACHE : undefined, signal }));
}

/** Whether reminder mails go out (SMTP configured) and what became of the digests. */
export function useReminderStatus() {
  return useQuery({
    queryKey: ['reminders', 'status'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/reminders/status', { signal })),
  });
}

/** POST without a base, PUT with `If-Match` of the base otherwise. */
export function useSaveAccount() {
  return useAdminMutation(
    async ({ input, base }: { input: Schemas['AccountInput']; base?: Account }) =>
      base
        ? unwrap(await api.PUT('/api/v1/accounts/{id}', { params: { path: { id: base.id }, header: { 'If-Match': ifMatch(base) } }, body: input }))
        : unwrap(await api.POST('/api/v1/accounts', { body: input })),
    [KEY],
  );
}

export function useDeleteAccount() {
  return useAdminMutation(
    async (account: Account) =>
      expectOk(await api.DELETE('/api/v1/accounts/{id}', { params: { path: { id: account.id }, header: { 'If-Match': ifMatch(account) } } })),
    [KEY],
  );
}

/** Ends every session of the account on every device ("log out everywhere"); the account itself does not change. */
export function useEndAccountSessions() {
  return useAdminMutation(
    async (account: Account) => expectOk(await api.DELETE('/api/v1/accounts/{id}/sessions', { params: { path: { id: account.id } } })),
    [],
  );
}
