package de.ihk.web;

import de.ihk.access.CurrentUser;
import de.ihk.common.ApiException;
import de.ihk.common.BodySizeLimit;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks of every API request that come before anything else looks at it: a NUL character in the path or the query is
 * refused (PostgreSQL cannot store or compare it), a write without credentials is refused with 401 before its body
 * is read (authentication comes before validation), and a body must be JSON.
 */
public class RequestGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /**
     * The unsubscribe link of reminder mails: its signed token authorises it, and mail programs POST it as a form
     * ({@code List-Unsubscribe=One-Click}, RFC 8058), a body that is not read.
     */
    private static final String UNSUBSCRIBE = "/api/v1/reminders/unsubscribe";

    /** Login, logout and the first administrator's setup and the unsubscribe link work without a (valid) session. */
    private static final Set<String> OPEN_WRITES =
            Set.of("/api/v1/auth/login", "/api/v1/auth/logout", "/api/v1/auth/setup", UNSUBSCRIBE);
    /**
     * Residents send messages to an area without an account. Cross-site forms cannot send JSON, and without a session
     * there is nothing of the sender's to forge; a signed-in sender's session still needs its CSRF token.
     */
    private static final Pattern OPEN_POSTS = Pattern.compile("/api/v1/areas/[^/]+/messages");

    @Inject
    CurrentUser user;

    /** Runs after {@code AuthFilter}, which tells who is calling. */
    @ServerRequestFilter(priority = Priorities.USER + 5)
    public void guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        if (path.indexOf('\0') >= 0 || containsNul(request.getUriInfo().getQueryParameters())) {
            throw ApiException.badRequest(
                    "The request's path or query contains the NUL character (%00), which no value may contain.");
        }
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        boolean open = OPEN_WRITES.contains(path)
                || ("POST".equals(request.getMethod())
                        && OPEN_POSTS.matcher(path).matches());
        if (user.isAnonymous() && !open) {
            throw ApiException.unauthorized();
        }
        if (BodySizeLimit.isFileUpload(path)) {
            if (hasBody(request) && !isUpload(request.getMediaType())) {
                throw ApiException.unsupportedMediaType(
                        "Send the spreadsheet as multipart/form-data (in the part 'file') or as the request body with"
                                + " Content-Type text/csv or " + XLSX + ".");
            }
        } else if (hasBody(request) && !isJson(request.getMediaType()) && !UNSUBSCRIBE.equals(path)) {
            throw ApiException.unsupportedMediaType();
        }
    }

    private static boolean containsNul(Map<String, List<String>> parameters) {
        return parameters.entrySet().stream()
                .anyMatch(p -> p.getKey().indexOf('\0') >= 0
                        || p.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static boolean isUpload(MediaType type) {
        if (type == null) {
            return false;
        }
        String essence = type.getType() + "/" + type.getSubtype();
        return Set.of("multipart/form-data", "text/csv", XLSX, "application/octet-stream", "text/plain")
                .contains(essence.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (("application".equals(type.getType()) && "json".equals(type.getSubtype()))
                        || type.getSubtype().endsWith("+json"));
    }
}
