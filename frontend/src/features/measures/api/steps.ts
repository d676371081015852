import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, NO_CACHE, unwrap, type Schemas } from '@/lib/api-client';

type Step = Schemas['ActionStep'];

/** The step as the server has it now, bypassing caches (after a 412). */
export async function fetchStepNow(slug: string, measureId: string, stepId: string) {
  return unwrap(
    await api.GET('/api/v1/areas/{slug}/measures/{id}/steps/{stepId}', {
      params: { path: { slug, id: measureId, stepId } },
      headers: NO_CACHE,
    }),
  );
}

async function putStep(slug: string, measureId: string, base: Step, input: Schemas['ActionStepInput']) {
  return unwrap(
    await api.PUT('/api/v1/areas/{slug}/measures/{id}/steps/{stepId}', {
      params: { path: { slug, id: measureId, stepId: base.id }, header: { 'If-Match': ifMatch(base) } },
      body: input,
    }),
  );
}

/** Creating, replacing, moving and deleting the action steps of a measure; each refreshes the measure and its steps. */
export function useStepMutations(slug: string, measureId: string) {
  const queryClient = useQueryClient();
  const onSettled = () => void queryClient.invalidateQueries({ queryKey: ['areas', slug, 'measures', measureId] });
  return {
    save: useMutation({
      mutationFn: async ({ input, base }: { input: Schemas['ActionStepInput']; base: Step | undefined }) =>
        base
          ? putStep(slug, measureId, base, input)
          : unwrap(await api.POST('/api/v1/areas/{slug}/measures/{id}/steps', { params: { path: { slug, id: measureId } }, body: input })),
      onSettled,
    }),
    /** Gives several steps new positions, one PUT each (If-Match); stops at the first refusal. */
    move: useMutation({
      mutationFn: async (moves: { step: Step; input: Schemas['ActionStepInput'] }[]) => {
        for (const { step, input } of moves) await putStep(slug, measureId, step, input);
      },
      onSettled,
    }),
    remove: useMutation({
      mutationFn: async (step: Step) =>
        expectOk(
          await api.DELETE('/api/v1/areas/{slug}/measures/{id}/steps/{stepId}', {
            params: { path: { slug, id: measureId, stepId: step.id }, header: { 'If-Match': ifMatch(step) } },
          }),
        ),
      onSettled,
    }),
  };
}
