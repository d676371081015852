import { api, expectOk, ifMatch, unwrap, type Schemas } from '@/lib/api-client';
import { useAdminMutation } from './admin-mutation';

type Area = Schemas['Area'];

/** Creates an area (admins); lists of areas load again. */
export function useCreateArea() {
  return useAdminMutation(async (input: Schemas['AreaInput']) => unwrap(await api.POST('/api/v1/areas', { body: input })), [['areas']]);
}

/** Deletes an empty area (409 with the API's reason while it still has content). */
export function useDeleteArea() {
  return useAdminMutation(
    async (area: Area) => expectOk(await api.DELETE('/api/v1/areas/{slug}', { params: { path: { slug: area.slug }, header: { 'If-Match': ifMatch(area) } } })),
    [['areas']],
  );
}
