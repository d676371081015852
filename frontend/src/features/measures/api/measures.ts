import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';
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

/** The measure as the server has it now, bypassing caches (after a 412). */
export async function fetchMeasureNow(slug: string, id: string) {
  return unwrap(
    await api.GET('/api/v1/areas/{slug}/measures/{id}', { params: { path: { slug, id } }, headers: NO_CACHE }),
  );
}

/** Replaces a measure (PUT with If-Match of the version the change is based on). */
export function useUpdateMeasure(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, version }: { id: string; input: Schemas['MeasureInput']; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/areas/{slug}/measures/{id}', {
          params: { path: { slug, id }, header: { 'If-Match': ifMatch({ version }) } },
          body: input,
        }),
      ),
    onSuccess: (measure) => afterMeasureSaved(queryClient, slug, measure),
  });
}

/** Creates a measure in the area. */
export function useCreateMeasure(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Schemas['MeasureInput']) =>
      unwrap(await api.POST('/api/v1/areas/{slug}/measures', { params: { path: { slug } }, body: input })),
    onSuccess: (measure) => afterMeasureSaved(queryClient, slug, measure),
  });
}

/** Deletes a measure (with If-Match; 409 while presentations reference it). */
export function useDeleteMeasure(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (measure: { id: string; version: number }) =>
      expectOk(
        await api.DELETE('/api/v1/areas/{slug}/measures/{id}', {
          params: { path: { slug, id: measure.id }, header: { 'If-Match': ifMatch(measure) } },
        }),
      ),
    // Everything of the area but the deleted measure itself, which the page still shows until it navigates away.
    onSuccess: (_, measure) =>
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'areas' && q.queryKey[1] === slug && q.queryKey[3] !== measure.id }),
  });
}

/** Sets status and progress of a measure (contributors). */
export function useUpdateMeasureProgress(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: { input: Schemas['MeasureProgressInput']; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/areas/{slug}/measures/{id}/progress', {
          params: { path: { slug, id }, header: { 'If-Match': ifMatch({ version }) } },
          body: input,
        }),
      ),
    onSuccess: (measure) => afterMeasureSaved(queryClient, slug, measure),
  });
}

function afterMeasureSaved(queryClient: QueryClient, slug: string, measure: Schemas['Measure']) {
  queryClient.setQueryData(['areas', slug, 'measures', measure.id], measure);
  void queryClient.invalidateQueries({
    predicate: (q) => q.queryKey[0] === 'areas' && q.queryKey[1] === slug && !(q.queryKey[2] === 'measures' && q.queryKey[3] === measure.id && q.queryKey.length === 4),
  });
}

/** The measures each of the given actors leads or partners in, per area (for contributors' "my measures"). */
export function useMeasuresOfActors(areaSlugs: string[], actorIds: string[]) {
  return useQueries({
    queries: areaSlugs.flatMap((slug) =>
      actorIds.map((actor) => ({
        queryKey: ['areas', slug, 'measures', { actor, size: 200 }],
        queryFn: async ({ signal }: { signal: AbortSignal }) => ({
          slug,
          page: unwrap(
            await api.GET('/api/v1/areas/{slug}/measures', { params: { path: { slug }, query: { actor, size: 200, sort: 'code' } }, signal }),
          ),
        }),
      })),
    ),
  });
}

/** Replaces an action step (contributors toggle its status; everything else is sent as it is). */
export function useUpdateStep(slug: string, measureId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (step: Schemas['ActionStep']) =>
      unwrap(
        await api.PUT('/api/v1/areas/{slug}/measures/{id}/steps/{stepId}', {
          params: { path: { slug, id: measureId, stepId: step.id }, header: { 'If-Match': ifMatch(step) } },
          body: {
            title: step.title,
            description: step.description,
            dueDate: step.dueDate,
            status: step.status,
            responsibleActorId: step.responsibleActor?.id ?? null,
            position: step.position,
          },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['areas', slug, 'measures', measureId] }),
  });
}

/** The open action steps of all measures of an area, soonest due first (the first 200; the download has all). */
export function useOpenAreaSteps(slug: string) {
  return useQuery({
    queryKey: ['areas', slug, 'steps', 'open'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/steps', {
          params: { path: { slug }, query: { open: true, size: 200 } },
          signal,
        }),
      ),
  });
}
