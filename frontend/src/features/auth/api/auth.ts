import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';
import { readCookie } from '@/lib/csrf';
import { noteSignedIn } from '@/lib/session-expiry';

export const meQueryKey = ['auth', 'me'] as const;

/**
 * Who is logged in: the account, or `null` for anonymous readers (the API answers 401). Without the `ihk_csrf`
 * cookie, which every session has, nobody is logged in and the API is not asked.
 */
export async function fetchMe(signal?: AbortSignal): Promise<Schemas['Me'] | null> {
  if (!readCookie('ihk_csrf')) return null;
  const result = await api.GET('/api/v1/auth/me', { signal });
  if (result.response.status === 401) return null;
  const me = unwrap(result);
  noteSignedIn(true);
  return me;
}

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    // Anonymous readers are known at once (no session cookie), so the header does not shift when they load a page.
    initialData: () => (readCookie('ihk_csrf') ? undefined : null),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export type Credentials = Schemas['LoginInput'];

/** Logs in; on success the session is known everywhere, and all data is fetched again (drafts become visible). */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) =>
      unwrap(await api.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: async (me) => {
      noteSignedIn(true);
      queryClient.setQueryData(meQueryKey, { ...me, csrfToken: null });
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}

/** How people sign in here: single sign-on ("city account"), password, or both. */
export function useAuthOptions() {
  return useQuery({
    queryKey: ['auth', 'options'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/auth/options', { signal })),
    staleTime: Infinity,
  });
}

/** Where "sign in with city account" starts: the backend sends the browser to the identity provider and back. */
export function singleSignOnUrl(returnTo: string): string {
  return `/api/v1/auth/oidc/login?${new URLSearchParams({ returnTo })}`;
}

/**
 * Logs out; the app forgets everything it fetched as the logged-in user. After a single sign-on the browser goes on
 * to the identity provider, which ends its session too and returns to the start page.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      noteSignedIn(false);
      const result = await api.POST('/api/v1/auth/logout');
      if (!result.response.ok && result.response.status !== 401) throw new ApiError(result.response.status);
      return result.data?.redirectTo;
    },
    onSuccess: (redirectTo) => {
      if (redirectTo) window.location.assign(redirectTo);
    },
    onSettled: () => {
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}

const settingsKey = ['auth', 'settings'] as const;

/** The signed-in person's own settings: e-mail address, language of mails, weekly digest. */
export function useMySettings(enabled: boolean) {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => fetchMySettings(signal),
    enabled,
  });
}

export async function fetchMySettings(signal?: AbortSignal, fresh = false) {
  return unwrap(await api.GET('/api/v1/auth/me/settings', { headers: fresh ? NO_CACHE : undefined, signal }));
}

/** PUT with `If-Match` of the settings the change is based on. */
export function useSaveMySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, base }: { input: Schemas['AccountSettingsInput']; base: Schemas['AccountSettings'] }) =>
      unwrap(await api.PUT('/api/v1/auth/me/settings', { params: { header: { 'If-Match': ifMatch(base) } }, body: input })),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
}
