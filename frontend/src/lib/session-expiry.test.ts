import { beforeEach, describe, expect, it } from 'vitest';
import { isSessionExpired, noteSignedIn, sessionExpiryMiddleware } from './session-expiry';

function respond(middleware: ReturnType<typeof sessionExpiryMiddleware>, path: string, status: number) {
  const request = new Request(`http://localhost${path}`);
  void middleware.onResponse!({ request, response: new Response(null, { status }) } as never);
}

describe('session expiry', () => {
  let cookie = true;
  const middleware = sessionExpiryMiddleware(() => cookie);

  beforeEach(() => {
    cookie = true;
    noteSignedIn(false);
  });

  it('never concerns anonymous readers', () => {
    cookie = false;
    respond(middleware, '/api/v1/areas', 200);
    respond(middleware, '/api/v1/accounts', 401);
    expect(isSessionExpired()).toBe(false);
  });

  it('is noticed when the API answers 401 to someone signed in', () => {
    noteSignedIn(true);
    respond(middleware, '/api/v1/areas', 200);
    expect(isSessionExpired()).toBe(false);
    respond(middleware, '/api/v1/auth/me', 401);
    expect(isSessionExpired()).toBe(true);
    noteSignedIn(true);
    expect(isSessionExpired()).toBe(false);
  });

  it('is noticed when an answer cleared the session cookies (the API then answers as to a reader)', () => {
    noteSignedIn(true);
    cookie = false;
    respond(middleware, '/api/v1/areas/schinkel', 200);
    expect(isSessionExpired()).toBe(true);
  });

  it('is not the wrong password of a login, nor a logout', () => {
    noteSignedIn(true);
    respond(middleware, '/api/v1/auth/login', 401);
    cookie = false;
    respond(middleware, '/api/v1/auth/logout', 204);
    expect(isSessionExpired()).toBe(false);
  });
});
