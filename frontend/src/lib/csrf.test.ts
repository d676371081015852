import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from './api-client';
import { csrfMiddleware, readCookie } from './csrf';

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('ihk_csrf', 'a=1; ihk_csrf=abc%2Bdef; b=2')).toBe('abc+def');
  });
  it('is undefined for a missing or empty cookie', () => {
    expect(readCookie('ihk_csrf', 'ihk_csrf_old=x; a=1')).toBeUndefined();
    expect(readCookie('ihk_csrf', 'ihk_csrf=')).toBeUndefined();
  });
});

describe('csrfMiddleware', () => {
  const run = async (method: string, token: string | undefined) => {
    const request = new Request('http://localhost/api/v1/areas', { method, body: method === 'GET' ? undefined : '{}' });
    const result = await csrfMiddleware(() => token).onRequest!({ request } as never);
    return (result instanceof Request ? result : request).headers.get('X-CSRF-Token');
  };

  it.each(['POST', 'PUT', 'DELETE'])('sends the token on %s', async (method) => {
    expect(await run(method, 'tok')).toBe('tok');
  });
  it('leaves reading requests alone', async () => {
    expect(await run('GET', 'tok')).toBeNull();
  });
  it('adds nothing without a session cookie', async () => {
    expect(await run('PUT', undefined)).toBeNull();
  });
});

describe('the API client', () => {
  afterEach(() => {
    document.cookie = 'ihk_csrf=; max-age=0';
    vi.unstubAllGlobals();
  });

  it('sends the ihk_csrf cookie as X-CSRF-Token when changing something, with the session cookie', async () => {
    document.cookie = 'ihk_csrf=token-123';
    const fetch = vi.fn((_: Request) => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetch);
    await api.POST('/api/v1/auth/logout');
    await api.GET('/api/v1/auth/me');
    const [post, get] = fetch.mock.calls.map((c) => c[0]);
    expect(post!.headers.get('X-CSRF-Token')).toBe('token-123');
    expect(post!.credentials).toBe('include');
    expect(get!.headers.get('X-CSRF-Token')).toBeNull();
  });
});
