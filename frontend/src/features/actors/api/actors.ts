import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The actors involved in an area's measures or action steps. */
export function useActorsOfArea(slug: string) {
  return useQuery({
    queryKey: ['actors', { area: slug }],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/actors', { params: { query: { area: slug, size: 200, sort: 'name' } }, signal })),
  });
}
