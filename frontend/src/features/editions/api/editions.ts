import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';

/** The editions of an area's concept, newest first. */
export function useEditions(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'editions'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/editions', { params: { path: { slug }, query: { size: 200 } }, signal })),
  });
}

export function useEdition(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'editions', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/areas/{slug}/editions/{id}', { params: { path: { slug, id } }, signal })),
    enabled: id !== '',
  });
}

/** The edition as the server has it now, bypassing caches (after a 412). */
export async function fetchEditionNow(slug: string, id: string) {
  return unwrap(await api.GET('/api/v1/areas/{slug}/editions/{id}', { params: { path: { slug, id } }, headers: NO_CACHE }));
}

/** Creates (`base` undefined) or replaces an edition. */
export function useSaveEdition(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, base }: { input: Schemas['EditionInput']; base?: { id: string; version: number } }) =>
      base
        ? unwrap(
            await api.PUT('/api/v1/areas/{slug}/editions/{id}', {
              params: { path: { slug, id: base.id }, header: { 'If-Match': ifMatch(base) } },
              body: input,
            }),
          )
        : unwrap(await api.POST('/api/v1/areas/{slug}/editions', { params: { path: { slug } }, body: input })),
    onSuccess: (edition) => {
      queryClient.setQueryData(['areas', slug, 'editions', edition.id], edition);
      void queryClient.invalidateQueries({ queryKey: ['areas', slug, 'editions'], exact: true });
      void queryClient.invalidateQueries({ queryKey: ['areas', slug, 'overview'] });
    },
  });
}

export function useDeleteEdition(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (edition: { id: string; version: number }) =>
      expectOk(
        await api.DELETE('/api/v1/areas/{slug}/editions/{id}', {
          params: { path: { slug, id: edition.id }, header: { 'If-Match': ifMatch(edition) } },
        }),
      ),
    onSuccess: (_, edition) => {
      queryClient.removeQueries({ queryKey: ['areas', slug, 'editions', edition.id] });
      void queryClient.invalidateQueries({ queryKey: ['areas', slug] });
    },
  });
}

/** The concept of an edition: its frozen snapshot once adopted, the live published concept while it is prepared. */
export function useEditionContent(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'editions', id, 'content'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/editions/{id}/content', { params: { path: { slug, id } }, signal })),
    enabled: id !== '',
  });
}

/** What changed from edition `from` to edition `to` (or `current`, the live concept). */
export function useEditionComparison(slug: string, from: string, to: string) {
  return useQuery({
    queryKey: ['areas', slug, 'editions', 'compare', from, to],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/editions/compare', { params: { path: { slug }, query: { from, to } }, signal })),
    enabled: from !== '' && to !== '',
  });
}

/** Adopts an edition on a day: irreversible, it freezes the published concept. */
export function useAdoptEdition(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ edition, adoptedOn }: { edition: { id: string; version: number }; adoptedOn: string }) =>
      unwrap(
        await api.POST('/api/v1/areas/{slug}/editions/{id}/adoption', {
          params: { path: { slug, id: edition.id }, header: { 'If-Match': ifMatch(edition) } },
          body: { adoptedOn },
        }),
      ),
    onSuccess: (edition) => {
      queryClient.setQueryData(['areas', slug, 'editions', edition.id], edition);
      void queryClient.invalidateQueries({ queryKey: ['areas', slug, 'editions'] });
      void queryClient.invalidateQueries({ queryKey: ['areas', slug, 'overview'] });
    },
  });
}
