import { useQuery } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';
import { useAdminMutation } from './admin-mutation';

type Committee = Schemas['Committee'];
const KEY = ['committees'];

export function useCommittees() {
  return useQuery({
    queryKey: KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/committees', { params: { query: { size: 200, sort: 'name' } }, signal })),
  });
}

export function useCommittee(id: string, enabled = true) {
  return useQuery({ queryKey: [...KEY, id], queryFn: ({ signal }) => fetchCommittee(id, signal), enabled });
}

export async function fetchCommittee(id: string, signal?: AbortSignal, fresh = false) {
  return unwrap(await api.GET('/api/v1/committees/{id}', { params: { path: { id } }, headers: fresh ? NO_CACHE : undefined, signal }));
}

export function useSaveCommittee() {
  return useAdminMutation(
    async ({ input, base }: { input: Schemas['CommitteeInput']; base?: Committee }) =>
      base
        ? unwrap(await api.PUT('/api/v1/committees/{id}', { params: { path: { id: base.id }, header: { 'If-Match': ifMatch(base) } }, body: input }))
        : unwrap(await api.POST('/api/v1/committees', { body: input })),
    [KEY],
  );
}

export function useDeleteCommittee() {
  return useAdminMutation(
    async (c: Committee) => expectOk(await api.DELETE('/api/v1/committees/{id}', { params: { path: { id: c.id }, header: { 'If-Match': ifMatch(c) } } })),
    [KEY],
  );
}
