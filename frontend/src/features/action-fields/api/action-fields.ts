import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function useActionField(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'action-fields', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/action-fields/{id}', { params: { path: { slug, id } }, signal })),
  });
}

/** The action fields of an area, ordered by position. */
export function useActionFields(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'action-fields'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/action-fields', { params: { path: { slug }, query: { size: 200 } }, signal })),
  });
}
