import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setMeasureNeedLink } from '@/features/measures/api/need-links';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';
import { linkChanges, type NeedSave } from '../utils/need-form';

type Need = Schemas['Need'];

/** The needs of an action field, each with the measures answering it. */
export function useNeedsOfField(slug: string, actionField: string, publicationStatus?: Schemas['PublicationStatus']) {
  return useQuery({
    queryKey: ['areas', slug, 'needs', { actionField, publicationStatus }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/needs', {
          params: { path: { slug }, query: { actionField, publicationStatus, size: 200, sort: 'code' } },
          signal,
        }),
      ),
  });
}

/** The needs of an area that no measure answers yet, optionally of one action field. */
export function useUncoveredNeeds(slug: string, actionField?: string) {
  return useQuery({
    queryKey: ['areas', slug, 'needs', { uncovered: true, actionField }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/needs', {
          params: { path: { slug }, query: { uncovered: true, actionField, size: 200, sort: 'code' } },
          signal,
        }),
      ),
  });
}

/** A need; nothing is fetched while `id` is empty. */
export function useNeed(slug: string, id: string) {
  return useQuery({
    queryKey: ['areas', slug, 'needs', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/areas/{slug}/needs/{id}', { params: { path: { slug, id } }, signal })),
    enabled: id !== '',
  });
}

/** The need as the server has it now, bypassing caches (after a 412, or after linking measures). */
export async function fetchNeedNow(slug: string, id: string) {
  return unwrap(await api.GET('/api/v1/areas/{slug}/needs/{id}', { params: { path: { slug, id } }, headers: NO_CACHE }));
}

/**
 * Creates (`base` undefined) or replaces a need, then links and unlinks measures so that exactly `measureIds` answer
 * it; returns the need as it is afterwards.
 */
export async function saveNeedWithLinks(slug: string, input: NeedSave, base?: Need): Promise<Need> {
  const saved = base
    ? unwrap(
        await api.PUT('/api/v1/areas/{slug}/needs/{id}', {
          params: { path: { slug, id: base.id }, header: { 'If-Match': ifMatch(base) } },
          body: input.need,
        }),
      )
    : unwrap(await api.POST('/api/v1/areas/{slug}/needs', { params: { path: { slug } }, body: input.need }));
  const { add, remove } = linkChanges(
    saved.measures.map((m) => m.id),
    input.measureIds,
  );
  for (const id of add) await setMeasureNeedLink(slug, id, saved.id, true);
  for (const id of remove) await setMeasureNeedLink(slug, id, saved.id, false);
  return add.length || remove.length ? fetchNeedNow(slug, saved.id) : saved;
}

/** Saves a need with its measure links (see {@link saveNeedWithLinks}) and refreshes what shows it. */
export function useSaveNeed(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, base }: { input: NeedSave; base?: Need }) => saveNeedWithLinks(slug, input, base),
    onSuccess: (need) => {
      queryClient.setQueryData(['areas', slug, 'needs', need.id], need);
      void queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] === 'areas' && q.queryKey[1] === slug && !(q.queryKey[2] === 'needs' && q.queryKey[3] === need.id),
      });
    },
  });
}

/** Deletes a need (409 while measures answer it). */
export function useDeleteNeed(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (need: { id: string; version: number }) =>
      expectOk(
        await api.DELETE('/api/v1/areas/{slug}/needs/{id}', {
          params: { path: { slug, id: need.id }, header: { 'If-Match': ifMatch(need) } },
        }),
      ),
    onSuccess: (_, need) => {
      queryClient.removeQueries({ queryKey: ['areas', slug, 'needs', need.id] });
      void queryClient.invalidateQueries({ queryKey: ['areas', slug] });
    },
  });
}
