import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function useAreas() {
  return useQuery({
    queryKey: ['areas'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas', { params: { query: { size: 200, sort: 'name' } }, signal })),
  });
}

/** Everything the area's front page shows, in one call. */
export function useAreaOverview(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'overview'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/overview', { params: { path: { slug } }, signal })),
  });
}
