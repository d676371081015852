package de.ihk.auth;

import de.ihk.common.ApiException;
import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Single sign-on with OpenID Connect. {@code GET /api/v1/auth/oidc/login} sends the browser to the identity
 * provider (authorization code flow with PKCE, done by quarkus-oidc, which returns to {@code /oidc/callback} and then
 * here); back here, the account is created or updated from the ID token, our own session cookie is set exactly as a
 * password login sets it, and the browser goes on to {@code returnTo}.
 */
@Path("/api/v1/auth")
public class SsoResource {

    /** The raw ID token, kept for the end-session request (RP-initiated logout) only. */
    static final String ID_TOKEN_COOKIE = "ihk_sso";

    private static final String COOKIE_PATH = "/api/v1/auth";
    /** Larger ID tokens are not kept; logging out then names the client instead of the token. */
    private static final int MAX_KEPT_TOKEN = 3500;

    @Inject
    SsoService sso;

    @Inject
    SessionCodec sessions;

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    Instance<JsonWebToken> idToken;

    @Inject
    Instance<OidcSession> oidcSession;

    @GET
    @Path("options")
    @Produces(MediaType.APPLICATION_JSON)
    public AuthOptionsDto options() {
        boolean enabled = sso.config().enabled();
        return new AuthOptionsDto(enabled, !enabled || sso.config().localLogin());
    }

    @GET
    @Path("oidc/login")
    @Produces(MediaType.APPLICATION_JSON)
    public Response login(@QueryParam("returnTo") String returnTo) {
        if (!sso.config().enabled()) {
            throw ApiException.notFound("Single sign-on is not configured here.");
        }
        String target = returnTo == null || returnTo.isEmpty() ? "/" : returnTo;
        if (!isLocalPath(target)) {
            throw ApiException.invalid("returnTo", "Must be a path of this site, starting with a single '/'.");
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException(); // quarkus-oidc answers with the redirect to the identity provider
        }
        JsonWebToken token = idToken.get();
        SsoService.Outcome outcome = sso.signIn(identityOf(token));
        oidcSession.get().logout().await().indefinitely(); // our session replaces quarkus-oidc's
        if (outcome.refusal() != null) {
            return Response.seeOther(
                            URI.create("/login?sso=" + outcome.refusal().name().toLowerCase(Locale.ROOT)))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        Response response = Response.status(Response.Status.SEE_OTHER)
                .header(HttpHeaders.LOCATION, target)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
        SessionCookies.set(response.getHeaders(), sessions, sso.newSession(outcome.account()));
        String raw = token.getRawToken();
        if (raw != null && raw.length() <= MAX_KEPT_TOKEN) {
            response.getHeaders()
                    .add(
                            HttpHeaders.SET_COOKIE,
                            idTokenCookie(
                                    raw,
                                    (int) sessions.config().absoluteTimeout().toSeconds(),
                                    sessions));
        }
        return response;
    }

    /** The cookie that keeps the ID token for logging out; {@code maxAge} 0 removes it. */
    static NewCookie idTokenCookie(String value, int maxAge, SessionCodec sessions) {
        return new NewCookie.Builder(ID_TOKEN_COOKIE)
                .value(value)
                .path(COOKIE_PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(sessions.config().secureCookies())
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    /** A path on this site: one leading slash, no scheme or host, no backslash (which browsers read as a slash). */
    static boolean isLocalPath(String path) {
        return path.startsWith("/")
                && !path.startsWith("//")
                && path.indexOf('\\') < 0
                && path.chars().noneMatch(Character::isISOControl)
                && path.length() <= 2000;
    }

    private SsoService.Identity identityOf(JsonWebToken token) {
        String username = SsoService.username(
                stringClaim(token, sso.config().usernameClaim()), stringClaim(token, "email"), token.getSubject());
        return new SsoService.Identity(
                token.getIssuer(),
                token.getSubject(),
                username,
                SsoService.displayName(
                        stringClaim(token, "name"),
                        stringClaim(token, "given_name"),
                        stringClaim(token, "family_name"),
                        username),
                groups(token.getClaim(sso.config().roleClaim())));
    }

    private static String stringClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value instanceof JsonString json ? json.getString() : value instanceof String text ? text : null;
    }

    /** The groups claim as a list of names, whether the token has an array or a single string. */
    static List<String> groups(Object claim) {
        List<String> names = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                if (value instanceof JsonString json) {
                    names.add(json.getString());
                } else if (value instanceof String text) {
                    names.add(text);
                }
            }
        } else if (claim instanceof JsonString json) {
            names.add(json.getString());
        } else if (claim instanceof String text) {
            names.add(text);
        }
        return names;
    }
}
