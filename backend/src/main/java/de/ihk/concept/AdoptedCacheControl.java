package de.ihk.concept;

import de.ihk.access.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * The content and documents of an adopted edition never change: anonymous readers (and shared caches) may keep them for
 * a year without asking again. Recognised by their ETag (see {@link ConceptService#pdf}), which the answer cache
 * replays as well; runs before the general API cache policy, which leaves a set Cache-Control alone.
 */
@Provider
@Priority(Priorities.USER + 5)
public class AdoptedCacheControl implements ContainerResponseFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern PATH =
            Pattern.compile("/api/v1/areas/[^/]+/editions/[^/]+/(content|document|document\\.pdf)/?");

    @Inject
    CurrentUser user;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        int status = response.getStatus();
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && (status == 200 || status == 304)
                && etag != null
                && etag.startsWith("\"" + ConceptService.ADOPTED_ETAG_PREFIX)
                && user.isAnonymous()
                && PATH.matcher(request.getUriInfo().getPath()).matches()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
            response.getHeaders().putSingle(HttpHeaders.VARY, "Authorization, Cookie");
        }
    }
}
