import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { filterOptions, type PickerOption } from '@/lib/record-form';

/** A measure as a picker choice. */
export const measureOption = (m: { id: string; code: string; title: string }): PickerOption => ({ value: m.id, label: `${m.code} ${m.title}` });

/**
 * Measure search for pickers: the area's measures (loaded once, kept for 30 s) whose code or title contains the text.
 * An area has a few dozen measures, so they are filtered here: the API's full-text `q` does not match codes such as
 * "BQ-01".
 */
export function useMeasureSearch(slug: string) {
  const queryClient = useQueryClient();
  return async (text: string): Promise<PickerOption[]> => {
    const all = await queryClient.query({
      queryKey: ['areas', slug, 'measures', { size: 200, sort: 'code' }],
      queryFn: async () => unwrap(await api.GET('/api/v1/areas/{slug}/measures', { params: { path: { slug }, query: { size: 200, sort: 'code' } } })),
      staleTime: 30_000,
    });
    return filterOptions(all.items.map(measureOption), text);
  };
}
