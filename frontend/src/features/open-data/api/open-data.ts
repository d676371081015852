import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The open data offer: licence, catalogue addresses and the downloads of every published area. */
export function useOpenData() {
  return useQuery({
    queryKey: ['open-data'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/open-data', { signal })),
  });
}
