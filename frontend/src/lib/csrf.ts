import type { Middleware } from 'openapi-fetch';

/** The value of a cookie readable by the app, or undefined. */
export function readCookie(name: string, cookies: string = typeof document === 'undefined' ? '' : document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value ? decodeURIComponent(value) : undefined;
    }
  }
  return undefined;
}

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sends the CSRF token of the browser session (cookie `ihk_csrf`) as `X-CSRF-Token` on every request that changes
 * something. Without the cookie (not logged in, or an API token) nothing is added.
 */
export function csrfMiddleware(readToken: () => string | undefined = () => readCookie('ihk_csrf')): Middleware {
  return {
    onRequest({ request }) {
      if (!CHANGING.has(request.method.toUpperCase())) return undefined;
      const token = readToken();
      if (!token) return undefined;
      request.headers.set('X-CSRF-Token', token);
      return request;
    },
  };
}
