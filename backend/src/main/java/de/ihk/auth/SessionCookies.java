package de.ihk.auth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;

/**
 * The two cookies of a browser session: the signed session (HttpOnly, so scripts cannot read it)
 * and the CSRF token (readable, so the app can echo it in a header). Both SameSite=Strict.
 */
final class SessionCookies {

    private SessionCookies() {}

    static void set(MultivaluedMap<String, Object> headers, SessionCodec sessions, SessionCodec.Session session) {
        int maxAge = (int) sessions.config().absoluteTimeout().toSeconds();
        headers.add(
                HttpHeaders.SET_COOKIE, cookie(SessionCodec.COOKIE, sessions.encode(session), maxAge, true, sessions));
        headers.add(
                HttpHeaders.SET_COOKIE,
                cookie(SessionCodec.CSRF_COOKIE, sessions.csrfToken(session), maxAge, false, sessions));
    }

    static void clear(MultivaluedMap<String, Object> headers, SessionCodec sessions) {
        headers.add(HttpHeaders.SET_COOKIE, cookie(SessionCodec.COOKIE, "", 0, true, sessions));
        headers.add(HttpHeaders.SET_COOKIE, cookie(SessionCodec.CSRF_COOKIE, "", 0, false, sessions));
    }

    private static NewCookie cookie(String name, String value, int maxAge, boolean httpOnly, SessionCodec sessions) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(httpOnly)
                .secure(sessions.config().secureCookies())
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
