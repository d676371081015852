import type { Middleware } from 'openapi-fetch';
import { useSyncExternalStore } from 'react';
import { readCookie } from './csrf';

/**
 * Notices that the browser session ended without a logout (idle or absolute timeout): while someone is signed in, an
 * answer 401, or an answer after which the session cookies are gone (the API clears an expired session's cookies and
 * answers as to an anonymous reader). Anonymous readers are never signed in here, so they never see the notice.
 */
let signedIn = false;
let expired = false;
const listeners = new Set<() => void>();

function setExpired(value: boolean) {
  if (expired === value) return;
  expired = value;
  listeners.forEach((l) => l());
}

/** The app learnt who is signed in (`true`) or that nobody is, by logout or as a reader (`false`). */
export function noteSignedIn(value: boolean) {
  signedIn = value;
  if (value) setExpired(false);
}

/** The session was found expired: from now on the caller counts as anonymous until the next login. */
export function noteSessionExpired() {
  if (!signedIn) return;
  signedIn = false;
  setExpired(true);
}

export function dismissSessionExpired() {
  setExpired(false);
}

export function isSessionExpired() {
  return expired;
}

export function useSessionExpired(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => expired,
    () => false,
  );
}

const NOT_A_SESSION = /\/api\/v1\/auth\/(login|logout)$/;

/** Watches every answer of the API for the end of the session (see above). */
export function sessionExpiryMiddleware(hasSessionCookie: () => boolean = () => Boolean(readCookie('ihk_csrf'))): Middleware {
  return {
    onResponse({ request, response }) {
      if (!signedIn || NOT_A_SESSION.test(new URL(request.url).pathname)) return undefined;
      if (response.status === 401 || !hasSessionCookie()) noteSessionExpired();
      return undefined;
    },
  };
}
