import { vi } from 'vitest';

type Handler = (url: URL) => unknown;

/**
 * Replaces fetch with answers keyed by API path (without query). Returns the spy, whose calls show the URLs asked
 * for. Unknown paths answer with a problem+json 404.
 */
export function fakeApi(routes: Record<string, Handler | object>) {
  const spy = vi.fn((input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const route = routes[url.pathname];
    if (route === undefined) {
      return Promise.resolve(
        new Response(JSON.stringify({ type: '/problems/not-found', title: 'Not Found', status: 404 }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      );
    }
    const body = typeof route === 'function' ? (route as Handler)(url) : route;
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

export function page<T>(items: T[], page = 0, size = 20, totalItems = items.length) {
  return { items, page, size, totalItems, totalPages: Math.ceil(totalItems / size) };
}

/**
 * A server for create forms: GET of `/api/v1/areas` (for the area picker) answers `areas`, every POST answers `post`;
 * returns the bodies posted.
 */
export function fakeCreateServer(post: { status: number; body: unknown }, areas: object[]) {
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'POST') posted.push(await request.json());
      const answer = request.method === 'POST' ? post : path === '/api/v1/areas' ? { status: 200, body: page(areas) } : { status: 404, body: {} };
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': answer.status < 400 ? 'application/json' : 'application/problem+json' },
      });
    }),
  );
  return posted;
}
