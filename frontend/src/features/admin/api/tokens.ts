import { useQuery } from '@tanstack/react-query';
import { api, expectOk, unwrap, type Schemas } from '@/lib/api-client';
import { useAdminMutation } from './admin-mutation';

const KEY = ['tokens'];

/** All API tokens, newest first, revoked and expired ones included. */
export function useApiTokens() {
  return useQuery({
    queryKey: KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/tokens', { params: { query: { size: 200, sort: '-createdAt' } }, signal })),
  });
}

/** Creates a token; the answer carries its secret, the only time it is shown. */
export function useCreateApiToken() {
  return useAdminMutation(async (input: Schemas['ApiTokenInput']) => unwrap(await api.POST('/api/v1/tokens', { body: input })), [KEY]);
}

export function useRevokeApiToken() {
  return useAdminMutation(async (token: Schemas['ApiToken']) => expectOk(await api.DELETE('/api/v1/tokens/{id}', { params: { path: { id: token.id } } })), [KEY]);
}
