import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { filtersToApiQuery, type MeasureFilters } from '../utils/filters';

/** One page of measures for the given filters; the previous page stays visible while the next loads. */
export function useMeasures(slug: string, filters: MeasureFilters, size?: number) {
  const query = filtersToApiQuery(filters, size);
  return useQuery({
    queryKey: ['areas', slug, 'measures', query],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/measures', { params: { path: { slug }, query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** All measures of an area (at most 200), e.g. to group them by actor. */
export function useAllMeasures(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'measures', 'all'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/measures', {
          params: { path: { slug }, query: { size: 200, sort: 'code' } },
          signal,
        }),
      ),
  });
}

export function useMeasure(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'measures', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/measures/{id}', { params: { path: { slug, id } }, signal })),
  });
}

/** The action steps of a measure in full (with description and responsible actor). */
export function useSteps(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'measures', id, 'steps'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/measures/{id}/steps', {
          params: { path: { slug, id }, query: { size: 200 } },
          signal,
        }),
      ),
  });
}

export function useTargetGroups() {
  return useQuery({
    queryKey: ['target-groups'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/target-groups', { params: { query: { size: 200 } }, signal })),
    staleTime: 10 * 60_000,
  });
}
