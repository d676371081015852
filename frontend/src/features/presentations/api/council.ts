import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The meetings of a committee in the council information system (OParl), read when `enabled` (editors only). */
export function useOparlMeetings(committeeId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['committees', committeeId, 'oparl-meetings'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/committees/{id}/oparl-meetings', { params: { path: { id: committeeId } }, signal })),
    enabled: enabled && committeeId !== '',
    retry: false,
    staleTime: 60_000,
  });
}

/** Brings the committee's dates in line with the council information system now; the answer says what changed. */
export function useOparlSync() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (committeeId: string) =>
      unwrap(await api.POST('/api/v1/committees/{id}/oparl-sync', { params: { path: { id: committeeId } } })),
    onSuccess: (report) => {
      // the dates may be in any area of the municipality
      if (report.updated > 0) void queryClient.invalidateQueries({ queryKey: ['areas'] });
    },
  });
}
