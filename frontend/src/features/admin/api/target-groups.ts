import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';
import { useAdminMutation } from './admin-mutation';

type TargetGroup = Schemas['TargetGroup'];
// The same key as the target groups the measure pages read, so they see changes too.
const KEY = ['target-groups'];

export function useTargetGroupList() {
  return useQuery({
    queryKey: [...KEY, 'admin'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/target-groups', { params: { query: { size: 200, sort: 'code' } }, signal })),
  });
}

export function useTargetGroup(code: string, enabled = true) {
  return useQuery({ queryKey: [...KEY, 'admin', code], queryFn: ({ signal }) => fetchTargetGroup(code, signal), enabled });
}

/** Keeps a saved target group under its (possibly new) code, so its page shows it at once. */
export function rememberTargetGroup(queryClient: QueryClient, group: TargetGroup) {
  queryClient.setQueryData([...KEY, 'admin', group.code], group);
}

export async function fetchTargetGroup(code: string, signal?: AbortSignal, fresh = false) {
  return unwrap(await api.GET('/api/v1/target-groups/{code}', { params: { path: { code } }, headers: fresh ? NO_CACHE : undefined, signal }));
}

/** PUT goes to the code the target group had (`base.code`); the input may change it. */
export function useSaveTargetGroup() {
  return useAdminMutation(
    async ({ input, base }: { input: Schemas['TargetGroupInput']; base?: TargetGroup }) =>
      base
        ? unwrap(await api.PUT('/api/v1/target-groups/{code}', { params: { path: { code: base.code }, header: { 'If-Match': ifMatch(base) } }, body: input }))
        : unwrap(await api.POST('/api/v1/target-groups', { body: input })),
    [KEY],
  );
}

export function useDeleteTargetGroup() {
  return useAdminMutation(
    async (g: TargetGroup) => expectOk(await api.DELETE('/api/v1/target-groups/{code}', { params: { path: { code: g.code }, header: { 'If-Match': ifMatch(g) } } })),
    [KEY],
  );
}
