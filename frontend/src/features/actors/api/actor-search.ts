import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { listAndTextSearch, type PickerOption } from '@/lib/record-form';

export const actorOption = (a: Pick<Schemas['ActorSummary'], 'id' | 'name'>): PickerOption => ({ value: a.id, label: a.name });

/** Actor search for pickers: the municipality's actors by part of their name, whole words also in descriptions. */
export function useActorSearch(municipality: string | undefined) {
  const queryClient = useQueryClient();
  return listAndTextSearch(
    async () => {
      const all = await queryClient.query({
        queryKey: ['actors', { municipality, size: 200 }],
        queryFn: async () => unwrap(await api.GET('/api/v1/actors', { params: { query: { municipality, size: 200, sort: 'name' } } })),
        staleTime: 60_000,
      });
      return all.items.map(actorOption);
    },
    async (q, signal) => unwrap(await api.GET('/api/v1/actors', { params: { query: { municipality, q, size: 20 } }, signal })).items.map(actorOption),
  );
}
