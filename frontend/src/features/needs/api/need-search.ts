import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { listAndTextSearch, type PickerOption } from '@/lib/record-form';

export const needOption = (n: Pick<Schemas['NeedSummary'], 'id' | 'code' | 'title'>): PickerOption => ({ value: n.id, label: `${n.code} – ${n.title}` });

/** Need search for pickers: the area's needs by part of code or title, whole words also in descriptions. */
export function useNeedSearch(slug: string) {
  const queryClient = useQueryClient();
  return listAndTextSearch(
    async () => {
      const all = await queryClient.query({
        queryKey: ['areas', slug, 'needs', { size: 200, sort: 'code' }],
        queryFn: async () => unwrap(await api.GET('/api/v1/areas/{slug}/needs', { params: { path: { slug }, query: { size: 200, sort: 'code' } } })),
        staleTime: 30_000,
      });
      return all.items.map(needOption);
    },
    async (q, signal) => unwrap(await api.GET('/api/v1/areas/{slug}/needs', { params: { path: { slug }, query: { q, size: 20 } }, signal })).items.map(needOption),
  );
}
