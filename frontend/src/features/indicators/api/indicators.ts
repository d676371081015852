import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';

type Indicator = Schemas['Indicator'];

/** The indicators of an area (with their values), or those of one action field and its needs. */
export function useIndicators(slug: string, actionField?: string) {
  return useQuery({
    queryKey: ['areas', slug, 'indicators', { actionField }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/indicators', {
          params: { path: { slug }, query: { actionField, size: 200, sort: 'name' } },
          signal,
        }),
      ),
  });
}

/** An indicator; nothing is fetched while `id` is empty. */
export function useIndicator(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'indicators', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/indicators/{id}', { params: { path: { slug, id } }, signal })),
    enabled: id !== '',
  });
}

/** The indicator as the server has it now, bypassing caches (after a 412). */
export async function fetchIndicatorNow(slug: string, id: string) {
  return unwrap(await api.GET('/api/v1/areas/{slug}/indicators/{id}', { params: { path: { slug, id } }, headers: NO_CACHE }));
}

/** Creates (`base` undefined) or replaces an indicator, values and targets included. */
export function useSaveIndicator(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, base }: { input: Schemas['IndicatorInput']; base?: Indicator }) =>
      base
        ? unwrap(
            await api.PUT('/api/v1/areas/{slug}/indicators/{id}', {
              params: { path: { slug, id: base.id }, header: { 'If-Match': ifMatch(base) } },
              body: input,
            }),
          )
        : unwrap(await api.POST('/api/v1/areas/{slug}/indicators', { params: { path: { slug } }, body: input })),
    onSuccess: (indicator) => {
      queryClient.setQueryData(['areas', slug, 'indicators', indicator.id], indicator);
      void queryClient.invalidateQueries({
        predicate: (q) =>
          q.queryKey[0] === 'areas' && q.queryKey[1] === slug && !(q.queryKey[2] === 'indicators' && q.queryKey[3] === indicator.id),
      });
    },
  });
}

export function useDeleteIndicator(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (indicator: { id: string; version: number }) =>
      expectOk(
        await api.DELETE('/api/v1/areas/{slug}/indicators/{id}', {
          params: { path: { slug, id: indicator.id }, header: { 'If-Match': ifMatch(indicator) } },
        }),
      ),
    onSuccess: (_, indicator) => {
      queryClient.removeQueries({ queryKey: ['areas', slug, 'indicators', indicator.id] });
      void queryClient.invalidateQueries({ queryKey: ['areas', slug] });
    },
  });
}
