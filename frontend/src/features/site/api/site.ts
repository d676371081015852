import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Who runs this installation (the operator's settings), for the imprint and the accessibility statement. */
export function useSite() {
  return useQuery({
    queryKey: ['site'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/site', { signal })),
    staleTime: 60 * 60_000,
  });
}
