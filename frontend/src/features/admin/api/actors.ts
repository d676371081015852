import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';
import { useAdminMutation } from './admin-mutation';

type Actor = Schemas['Actor'];
const KEY = ['actors'];
export const ACTOR_PAGE_SIZE = 50;

/** One page (0-based) of actors, optionally filtered by text. */
export function useActorList(q: string, page: number) {
  const query = { q: q || undefined, page, size: ACTOR_PAGE_SIZE, sort: 'name' };
  return useQuery({
    queryKey: [...KEY, 'admin', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/actors', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useActor(id: string, enabled = true) {
  return useQuery({ queryKey: [...KEY, 'admin', id], queryFn: ({ signal }) => fetchActor(id, signal), enabled });
}

export async function fetchActor(id: string, signal?: AbortSignal, fresh = false) {
  return unwrap(await api.GET('/api/v1/actors/{id}', { params: { path: { id } }, headers: fresh ? NO_CACHE : undefined, signal }));
}

export function useSaveActor() {
  return useAdminMutation(
    async ({ input, base }: { input: Schemas['ActorInput']; base?: Actor }) =>
      base
        ? unwrap(await api.PUT('/api/v1/actors/{id}', { params: { path: { id: base.id }, header: { 'If-Match': ifMatch(base) } }, body: input }))
        : unwrap(await api.POST('/api/v1/actors', { body: input })),
    [KEY],
  );
}

export function useDeleteActor() {
  return useAdminMutation(
    async (a: Actor) => expectOk(await api.DELETE('/api/v1/actors/{id}', { params: { path: { id: a.id }, header: { 'If-Match': ifMatch(a) } } })),
    [KEY],
  );
}
