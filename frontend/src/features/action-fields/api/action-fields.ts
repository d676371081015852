import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';

type ActionField = Schemas['ActionField'];
type ActionFieldInput = Schemas['ActionFieldInput'];

export function useActionField(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'action-fields', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/action-fields/{id}', { params: { path: { slug, id } }, signal })),
    enabled: id !== '',
  });
}

/** The action fields of an area, ordered by position. */
export function useActionFields(slug: string, enabled = true) {
  return useQuery({
    queryKey: ['areas', slug, 'action-fields'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/action-fields', { params: { path: { slug }, query: { size: 200 } }, signal })),
    enabled,
  });
}

/** The action field as the server has it now, bypassing caches (after a 412). */
export async function fetchActionFieldNow(slug: string, id: string) {
  return unwrap(
    await api.GET('/api/v1/areas/{slug}/action-fields/{id}', { params: { path: { slug, id } }, headers: NO_CACHE }),
  );
}

/** Everything of the area may show the changed action field (counts, cards, needs), so all of it is refetched. */
function afterSaved(queryClient: QueryClient, slug: string, field: ActionField) {
  queryClient.setQueryData(['areas', slug, 'action-fields', field.id], field);
  void queryClient.invalidateQueries({
    predicate: (q) => q.queryKey[0] === 'areas' && q.queryKey[1] === slug && !(q.queryKey[2] === 'action-fields' && q.queryKey[3] === field.id),
  });
}

/** Creates (`base` undefined) or replaces (PUT with If-Match of `base`) an action field. */
export function useSaveActionField(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, base }: { input: ActionFieldInput; base?: { id: string; version: number } }) =>
      base
        ? unwrap(
            await api.PUT('/api/v1/areas/{slug}/action-fields/{id}', {
              params: { path: { slug, id: base.id }, header: { 'If-Match': ifMatch(base) } },
              body: input,
            }),
          )
        : unwrap(await api.POST('/api/v1/areas/{slug}/action-fields', { params: { path: { slug } }, body: input })),
    onSuccess: (field) => afterSaved(queryClient, slug, field),
  });
}

/** Deletes an action field (409 while needs or measures belong to it). */
export function useDeleteActionField(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (field: { id: string; version: number }) =>
      expectOk(
        await api.DELETE('/api/v1/areas/{slug}/action-fields/{id}', {
          params: { path: { slug, id: field.id }, header: { 'If-Match': ifMatch(field) } },
        }),
      ),
    onSuccess: (_, field) => {
      queryClient.removeQueries({ queryKey: ['areas', slug, 'action-fields', field.id] });
      void queryClient.invalidateQueries({ queryKey: ['areas', slug] });
    },
  });
}
