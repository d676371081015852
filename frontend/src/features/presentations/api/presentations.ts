import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';

/** All committee presentations of an area, in date order (an area has a few dozen at most). */
export function usePresentations(slug: string, publicationStatus?: Schemas['PublicationStatus']) {
  return useQuery({
    queryKey: ['areas', slug, 'presentations', { publicationStatus }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/presentations', {
          params: { path: { slug }, query: { size: 200, sort: 'date', publicationStatus } },
          signal,
        }),
      ),
  });
}

/** The committees, for their links to the council information system (OParl). */
export function useCommittees() {
  return useQuery({
    queryKey: ['committees'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/committees', { params: { query: { size: 200 } }, signal })),
    staleTime: 10 * 60_000,
  });
}

/** One committee, for its page. */
export function useCommittee(id: string) {
  return useQuery({
    queryKey: ['committees', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/committees/{id}', { params: { path: { id } }, signal })),
  });
}

export function usePresentation(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'presentations', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/presentations/{id}', { params: { path: { slug, id } }, signal })),
    enabled: id !== '',
  });
}

/** The presentation as the server has it now, bypassing caches (after a 412). */
export async function fetchPresentationNow(slug: string, id: string) {
  return unwrap(
    await api.GET('/api/v1/areas/{slug}/presentations/{id}', { params: { path: { slug, id } }, headers: NO_CACHE }),
  );
}

/** Creates (`base` undefined) or replaces a presentation. */
export function useSavePresentation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, base }: { input: Schemas['PresentationInput']; base?: { id: string; version: number } }) =>
      base
        ? unwrap(
            await api.PUT('/api/v1/areas/{slug}/presentations/{id}', {
              params: { path: { slug, id: base.id }, header: { 'If-Match': ifMatch(base) } },
              body: input,
            }),
          )
        : unwrap(await api.POST('/api/v1/areas/{slug}/presentations', { params: { path: { slug } }, body: input })),
    onSuccess: (p) => {
      queryClient.setQueryData(['areas', slug, 'presentations', p.id], p);
      void queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] === 'areas' && q.queryKey[1] === slug && !(q.queryKey[2] === 'presentations' && q.queryKey[3] === p.id),
      });
    },
  });
}

export function useDeletePresentation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (p: { id: string; version: number }) =>
      expectOk(
        await api.DELETE('/api/v1/areas/{slug}/presentations/{id}', {
          params: { path: { slug, id: p.id }, header: { 'If-Match': ifMatch(p) } },
        }),
      ),
    onSuccess: (_, p) => {
      queryClient.removeQueries({ queryKey: ['areas', slug, 'presentations', p.id] });
      void queryClient.invalidateQueries({ queryKey: ['areas', slug] });
    },
  });
}
