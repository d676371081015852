import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, ifMatch, unwrap, type Schemas } from '@/lib/api-client';

export type Message = Schemas['Message'];
export type MessageInput = Schemas['MessageInput'];
export type MessageUpdate = Schemas['MessageUpdate'];
export type MessageStatus = Schemas['MessageStatus'];

/** The published questions and answers below a measure or a need. */
export function useQuestions(slug: string, about: { measure?: string; need?: string }) {
  return useQuery({
    queryKey: ['questions', slug, about],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/areas/{slug}/questions', { params: { path: { slug }, query: { ...about, size: 200 } } })),
  });
}

/** A fresh form token (never cached: it carries the time the form was shown). */
export async function fetchFormToken(slug: string) {
  return unwrap(await api.GET('/api/v1/areas/{slug}/messages/form', { params: { path: { slug } } }));
}

export function useSendMessage(slug: string) {
  return useMutation({
    mutationFn: async (input: MessageInput) =>
      unwrap(await api.POST('/api/v1/areas/{slug}/messages', { params: { path: { slug } }, body: input })),
  });
}

export function useInbox(slug: string, status: MessageStatus | undefined, page: number) {
  return useQuery({
    queryKey: ['messages', slug, status, page],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/areas/{slug}/messages', { params: { path: { slug }, query: { status, page } } })),
    placeholderData: keepPreviousData,
  });
}

export function useUpdateMessage(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ message, input }: { message: Message; input: MessageUpdate }) =>
      unwrap(
        await api.PUT('/api/v1/areas/{slug}/messages/{id}', {
          params: { path: { slug, id: message.id }, header: { 'If-Match': ifMatch(message) } },
          body: input,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['messages', slug] }),
  });
}

export function useDeleteMessage(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (message: Message) =>
      expectOk(
        await api.DELETE('/api/v1/areas/{slug}/messages/{id}', {
          params: { path: { slug, id: message.id }, header: { 'If-Match': ifMatch(message) } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['messages', slug] }),
  });
}
