import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export const SEARCH_PAGE_SIZE = 50;

export function useSearch(q: string, area: string | undefined, page: number) {
  return useQuery({
    queryKey: ['search', { q, area, page }],
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/search', {
          params: { query: { q: q.trim().slice(0, 200), area, page: page - 1, size: SEARCH_PAGE_SIZE } },
          signal,
        }),
      ),
  });
}
