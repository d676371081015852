import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** A record whose change history the API keeps, addressed as in its `…/history` path. */
export type HistoryTarget =
  | { type: 'area'; slug: string }
  | { type: 'edition' | 'actionField' | 'need' | 'measure' | 'presentation' | 'indicator'; slug: string; id: string }
  | { type: 'step'; slug: string; id: string; stepId: string }
  | { type: 'actor' | 'committee'; id: string }
  | { type: 'targetGroup'; code: string };

export const HISTORY_PAGE_SIZE = 20;

/** Query key: under the area for area records, so that saving anything in the area refreshes its histories. */
export function historyQueryKey(target: HistoryTarget, page: number) {
  const { type, ...address } = target;
  return 'slug' in target
    ? ['areas', target.slug, 'history', type, address, page]
    : ['history', type, address, page];
}

/** One page (0-based) of the revisions of a record, newest first. */
export async function fetchHistory(target: HistoryTarget, page: number, signal?: AbortSignal) {
  const query = { page, size: HISTORY_PAGE_SIZE };
  switch (target.type) {
    case 'area':
      return unwrap(await api.GET('/api/v1/areas/{slug}/history', { params: { path: { slug: target.slug }, query }, signal }));
    case 'edition':
      return unwrap(await api.GET('/api/v1/areas/{slug}/editions/{id}/history', { params: { path: target, query }, signal }));
    case 'actionField':
      return unwrap(await api.GET('/api/v1/areas/{slug}/action-fields/{id}/history', { params: { path: target, query }, signal }));
    case 'need':
      return unwrap(await api.GET('/api/v1/areas/{slug}/needs/{id}/history', { params: { path: target, query }, signal }));
    case 'measure':
      return unwrap(await api.GET('/api/v1/areas/{slug}/measures/{id}/history', { params: { path: target, query }, signal }));
    case 'step':
      return unwrap(
        await api.GET('/api/v1/areas/{slug}/measures/{id}/steps/{stepId}/history', { params: { path: target, query }, signal }),
      );
    case 'presentation':
      return unwrap(await api.GET('/api/v1/areas/{slug}/presentations/{id}/history', { params: { path: target, query }, signal }));
    case 'indicator':
      return unwrap(await api.GET('/api/v1/areas/{slug}/indicators/{id}/history', { params: { path: target, query }, signal }));
    case 'actor':
      return unwrap(await api.GET('/api/v1/actors/{id}/history', { params: { path: { id: target.id }, query }, signal }));
    case 'committee':
      return unwrap(await api.GET('/api/v1/committees/{id}/history', { params: { path: { id: target.id }, query }, signal }));
    case 'targetGroup':
      return unwrap(await api.GET('/api/v1/target-groups/{code}/history', { params: { path: { code: target.code }, query }, signal }));
  }
}

export function useHistory(target: HistoryTarget, page: number) {
  return useQuery({
    queryKey: historyQueryKey(target, page),
    queryFn: ({ signal }) => fetchHistory(target, page, signal),
    placeholderData: keepPreviousData,
    // A history is read to see the latest changes: ask again each time the page is opened.
    staleTime: 0,
  });
}
