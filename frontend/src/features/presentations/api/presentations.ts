import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** All committee presentations of an area, in date order (an area has a few dozen at most). */
export function usePresentations(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'presentations'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/presentations', {
          params: { path: { slug }, query: { size: 200, sort: 'date' } },
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
