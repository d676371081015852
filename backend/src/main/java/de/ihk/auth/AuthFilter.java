package de.ihk.auth;

import de.ihk.access.CurrentUser;
import de.ihk.common.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Authenticates every API request: an {@code Authorization: Bearer} API token, or the session cookie
 * of the browser app. State-changing requests that rely on the cookie must echo the CSRF token in
 * {@value SessionCodec#CSRF_HEADER}. An active session is renewed as it is used (idle timeout); an
 * invalid one is cleared and the request continues anonymously.
 */
public class AuthFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String RENEW = AuthFilter.class.getName() + ".renew";
    private static final String CLEAR = AuthFilter.class.getName() + ".clear";
    private static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    @Inject
    Authenticator authenticator;

    @Inject
    CurrentUser user;

    @Inject
    SessionCodec sessions;

    @Inject
    Clock clock;

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() < 8) {
                throw ApiException.unauthorized("Send API tokens as 'Authorization: Bearer <token>'.");
            }
            authenticator.fromToken(authorization.substring(7).trim(), user);
            return;
        }
        Cookie cookie = request.getCookies().get(SessionCodec.COOKIE);
        if (cookie == null) {
            return;
        }
        Optional<SessionCodec.Session> session = authenticator.fromSession(cookie.getValue(), user);
        if (session.isEmpty()) {
            request.setProperty(CLEAR, true);
            return;
        }
        // Logging in or out with a stale cookie must always work; everything else that changes state needs the token.
        String path = request.getUriInfo().getPath();
        // The unsubscribe link of a mail carries its own signed token and changes nothing but that subscription.
        boolean exempt = path.endsWith("/auth/login")
                || path.endsWith("/auth/logout")
                || path.endsWith("/reminders/unsubscribe");
        if (!SAFE_METHODS.contains(request.getMethod())
                && !exempt
                && !sessions.validCsrf(session.get(), request.getHeaderString(SessionCodec.CSRF_HEADER))) {
            throw ApiException.forbidden("This request needs the " + SessionCodec.CSRF_HEADER
                    + " header with the token from the " + SessionCodec.CSRF_COOKIE + " cookie.");
        }
        Instant now = clock.instant();
        if (session.get().lastSeen().plus(RENEW_AFTER).isBefore(now)) {
            request.setProperty(RENEW, session.get().renewedAt(now));
        }
    }

    @ServerResponseFilter
    public void refreshCookies(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            return; // login and logout set their own cookies
        }
        if (request.getProperty(RENEW) instanceof SessionCodec.Session renewed) {
            SessionCookies.set(response.getHeaders(), sessions, renewed);
        } else if (Boolean.TRUE.equals(request.getProperty(CLEAR))) {
            SessionCookies.clear(response.getHeaders(), sessions);
        }
    }
}
