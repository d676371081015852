import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The areas in the order the administration set (position, then name). */
export function useAreas() {
  return useQuery({
    queryKey: ['areas'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas', { params: { query: { size: 200, sort: 'position,name' } }, signal })),
  });
}

/** Everything the area's front page shows, in one call. */
export function areaOverviewQuery(slug: string) {
  return queryOptions({
    queryKey: ['areas', slug, 'overview'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/overview', { params: { path: { slug } }, signal })),
  });
}

export function useAreaOverview(slug: string) {
  return useQuery(areaOverviewQuery(slug));
}
