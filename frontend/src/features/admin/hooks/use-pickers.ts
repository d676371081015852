import { useQueryClient } from '@tanstack/react-query';
import type { PickerSearch } from '@/components/ui/picker';
import { api, unwrap } from '@/lib/api-client';
import { filterOptions, type PickerOption } from '@/lib/record-form';
import { actorOption } from '@/features/actors/api/actor-search';
import { areaOption } from '../utils/account-form';

// The full-text `q` of the API matches whole words only; a picker must match what was typed so far, so the (short)
// lists are loaded once a minute at most and filtered here.
function useListSearch(queryKey: string[], load: (signal: AbortSignal) => Promise<PickerOption[]>): PickerSearch {
  const queryClient = useQueryClient();
  return async (text, signal) => filterOptions(await queryClient.query({ queryKey, queryFn: () => load(signal), staleTime: 60_000 }), text);
}

/** Searches all areas (drafts included for admins) by name. */
export function useAreaSearch(): PickerSearch {
  return useListSearch(['areas', 'picker'], async (signal) =>
    unwrap(await api.GET('/api/v1/areas', { params: { query: { size: 200, sort: 'name' } }, signal })).items.map(areaOption),
  );
}

/** Searches the actors by name; their municipality is the hint. */
export function useActorSearch(): PickerSearch {
  return useListSearch(['actors', 'picker'], async (signal) =>
    unwrap(await api.GET('/api/v1/actors', { params: { query: { size: 200, sort: 'name' } }, signal })).items.map((a) => ({ ...actorOption(a), hint: a.municipality })),
  );
}

/** Searches all areas by name, giving their slugs (for webhook subscriptions, which name areas by slug). */
export function useAreaSlugSearch(): PickerSearch {
  return useListSearch(['areas', 'picker', 'slugs'], async (signal) =>
    unwrap(await api.GET('/api/v1/areas', { params: { query: { size: 200, sort: 'name' } }, signal })).items.map((a) => ({ value: a.slug, label: a.name })),
  );
}
