import type { Middleware } from 'openapi-fetch';
import { useSyncExternalStore } from 'react';
import { readCookie } from './csrf';

/**
 * Notices that the browser session ended without a logout (idle or absolute timeout): while someone is signed in, an
 * answer 401, or an answer after which the session cookies are gone (the API clears an expired session's cookies and
 * answers as to an anonymous reader). Anonymous readers are never signed in here, so they never see the notice.
 */
let signedIn = false;
/** `none`, or `expired` until the next login; `dismissed` once the user closed the notice (still expired). */
type State = 'none' | 'expired' | 'dismissed';
let state: State = 'none';
const listeners = new Set<() => void>();

function setState(value: State) {
  if (state === value) return;
  state = value;
  listeners.forEach((l) => l());
}

/** The app learnt who is signed in (`true`) or that nobody is, by logout or as a reader (`false`). */
export function noteSignedIn(value: boolean) {
  signedIn = value;
  setState('none');
}

/** The session was found expired: from now on the caller counts as anonymous until the next login. */
export function noteSessionExpired() {
  if (!signedIn) return;
  signedIn = false;
  setState('expired');
}

/** Closes the notice; the session stays expired. */
export function dismissSessionExpired() {
  if (state === 'expired') setState('dismissed');
}

export function isSessionExpired() {
  return state !== 'none';
}

function useExpiryState(): State {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => 'none',
  );
}

/** Whether the session expired since the last login (the app's `me` is then out of date). */
export function useSessionExpired(): boolean {
  return useExpiryState() !== 'none';
}

/** Whether to show the notice that the session expired (until it is closed or the user logs in again). */
export function useSessionExpiredNotice(): boolean {
  return useExpiryState() === 'expired';
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
