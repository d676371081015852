import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';

/** The area itself (with its version), for its edit form. */
export function useArea(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'area'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/areas/{slug}', { params: { path: { slug } }, signal })),
  });
}

/** The area as the server has it now, bypassing caches (after a 412). */
export async function fetchAreaNow(slug: string) {
  return unwrap(await api.GET('/api/v1/areas/{slug}', { params: { path: { slug } }, headers: NO_CACHE }));
}

/** Replaces the area (PUT with If-Match); the slug in the path is the one the change is based on. */
export function useUpdateArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, base }: { input: Schemas['AreaInput']; base: Schemas['Area'] }) =>
      unwrap(
        await api.PUT('/api/v1/areas/{slug}', {
          params: { path: { slug: base.slug }, header: { 'If-Match': ifMatch(base) } },
          body: input,
        }),
      ),
    // A new slug also changes what the session says about the caller's areas.
    onSuccess: (area, { base }) => void queryClient.invalidateQueries(area.slug === base.slug ? { queryKey: ['areas'] } : undefined),
  });
}
