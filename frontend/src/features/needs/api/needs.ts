import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The needs of an action field, each with the measures answering it. */
export function useNeedsOfField(slug: string, actionField: string) {
  return useQuery({
    queryKey: ['areas', slug, 'needs', { actionField }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/needs', {
          params: { path: { slug }, query: { actionField, size: 200, sort: 'code' } },
          signal,
        }),
      ),
  });
}

/** A need; nothing is fetched while `id` is empty. */
export function useNeed(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'needs', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/needs/{id}', { params: { path: { slug, id } }, signal })),
    enabled: !!id,
  });
}
