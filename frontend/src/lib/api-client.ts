import createClient from 'openapi-fetch';
import type { components, paths } from './api-schema';
import { csrfMiddleware } from './csrf';
import { sessionExpiryMiddleware } from './session-expiry';

export type Schemas = components['schemas'];

/**
 * The typed client of the IHK API (generated from ../openapi.yaml). Same origin: the backend serves the app. It reads
 * JSON (and problem+json) only: the spreadsheet forms of the lists are downloaded through plain links.
 */
export const api = createClient<paths, `application/${string}json`>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  headers: { Accept: 'application/json, application/problem+json' },
  // The session cookie goes along (same origin; 'include' also covers a dev server on another port).
  credentials: 'include',
  // Looked up at call time, so that tests can stand in for the network.
  fetch: (request) => globalThis.fetch(request),
});

api.use(csrfMiddleware(), sessionExpiryMiddleware());

/** The `If-Match` value for a record: its version in double quotes (what its `ETag` says). */
export function ifMatch(record: { version: number }): string {
  return `"${record.version}"`;
}

/** A failed API call, carrying the HTTP status and the problem+json body when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Schemas['Problem'] | undefined;

  constructor(status: number, problem?: Schemas['Problem']) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** Returns the body of a successful openapi-fetch result, or throws an {@link ApiError}. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const problem = typeof result.error === 'object' && result.error !== null ? (result.error as Schemas['Problem']) : undefined;
    throw new ApiError(result.response.status, problem);
  }
  return result.data;
}

/** Like {@link unwrap} for answers without a body (204 of DELETE): throws an {@link ApiError} unless it succeeded. */
export function expectOk(result: { error?: unknown; response: Response }): void {
  if (!result.response.ok) unwrap({ ...result, data: undefined });
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** The per-field messages of a 400 problem, keyed by field path (`title`, `links[0].url`, …). */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const e of error.problem?.errors ?? []) {
    const field = e.field ?? '';
    if (!(field in out)) out[field] = e.message;
  }
  return out;
}

/** Request headers that make the browser's HTTP cache fetch a record anew (after a 412, before a write). */
export const NO_CACHE = { 'Cache-Control': 'no-cache' } as const;
