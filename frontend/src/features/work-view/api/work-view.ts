import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { ACTIVE_MEASURE_STATUSES } from '../utils/work-items';

const PAGE_SIZE = 200;
/** Never more than this many pages of measures (2,000): an area has a few dozen to a few hundred. */
const MAX_PAGES = 10;

/**
 * The active measures of an area (the API filters by status; it has no filter for steps or age, which the work view
 * derives from the measures, whose steps come embedded).
 */
export function useActiveMeasures(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'work', 'measures'],
    queryFn: async ({ signal }) => {
      const items: Schemas['Measure'][] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = unwrap(
          await api.GET('/api/v1/areas/{slug}/measures', {
            params: { path: { slug }, query: { status: ACTIVE_MEASURE_STATUSES, sort: 'updatedAt', size: PAGE_SIZE, page } },
            signal,
          }),
        );
        items.push(...result.items);
        if (page + 1 >= result.totalPages) break;
      }
      return items;
    },
    staleTime: 0,
  });
}

/** Needs that no measure answers (the API's `uncovered=true`). */
export function useUncoveredNeeds(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'work', 'uncovered-needs'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/needs', {
          params: { path: { slug }, query: { uncovered: true, size: PAGE_SIZE, sort: 'code' } },
          signal,
        }),
      ),
    staleTime: 0,
  });
}

/** Presentations dated today or later that are scheduled or postponed (the API's `upcoming=true`). */
export function useUpcomingPresentations(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'work', 'upcoming-presentations'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/presentations', {
          params: { path: { slug }, query: { upcoming: true, size: 50, sort: 'date' } },
          signal,
        }),
      ),
    staleTime: 0,
  });
}
