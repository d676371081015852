import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/** A write whose success makes the given lists (and everything under their keys) load again. */
export function useAdminMutation<A, R>(write: (arg: A) => Promise<R>, invalidates: QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      for (const queryKey of invalidates) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
