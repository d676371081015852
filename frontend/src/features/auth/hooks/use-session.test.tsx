import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { sessionOf, useSession } from './use-session';

const editor: Schemas['Me'] = {
  accountId: '00000000-0000-4000-8000-00000000a001',
  username: 'demo-redaktion',
  displayName: 'Redaktion Schinkel',
  role: 'EDITOR',
  viaToken: false,
  areas: [{ id: '00000000-0000-4000-8000-000000001001', slug: 'schinkel', name: 'Schinkel' }],
  actors: [],
  csrfToken: null,
};

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function answer(status: number, body: unknown) {
  const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('useSession', () => {
  beforeEach(() => {
    document.cookie = 'ihk_csrf=token';
  });
  afterEach(() => {
    document.cookie = 'ihk_csrf=; max-age=0';
    vi.unstubAllGlobals();
  });

  it('asks /auth/me and knows the editor with the areas it may edit', async () => {
    const fetch = answer(200, editor);
    const { result } = renderHook(() => useSession(), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.me).toEqual(editor));
    expect(new URL((fetch.mock.calls[0] as unknown as [Request])[0].url).pathname).toBe('/api/v1/auth/me');
    expect(result.current.canEdit('schinkel')).toBe(true);
    expect(result.current.canEdit('other')).toBe(false);
    expect(result.current.isContributor).toBe(false);
  });

  it('is anonymous when the API answers 401', async () => {
    answer(401, { type: '/problems/unauthorized', title: 'Unauthorized', status: 401 });
    const { result } = renderHook(() => useSession(), { wrapper });
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.me).toBeNull();
    expect(result.current.canEdit('schinkel')).toBe(false);
    expect(result.current.seesDrafts('schinkel')).toBe(false);
  });

  it('does not ask the API without a session cookie', async () => {
    document.cookie = 'ihk_csrf=; max-age=0';
    const fetch = answer(200, editor);
    const { result } = renderHook(() => useSession(), { wrapper });
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.me).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('sessionOf', () => {
  it('lets admins edit every area and marks contributors with actors', () => {
    expect(sessionOf({ ...editor, role: 'ADMIN', areas: [] }).canEdit('any')).toBe(true);
    const contributor = sessionOf({ ...editor, role: 'CONTRIBUTOR', areas: [], actors: [{ id: 'x', name: 'QM', kind: 'QUARTER_MANAGEMENT' }] });
    expect(contributor.isContributor).toBe(true);
    expect(contributor.canEdit('schinkel')).toBe(false);
    expect(contributor.seesDrafts('schinkel')).toBe(true);
  });
});
