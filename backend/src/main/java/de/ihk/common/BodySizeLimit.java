package de.ihk.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over 1 MiB with a problem+json 413 before they are read. (Vert.x enforces the same
 * limit, via quarkus.http.limits.max-body-size, for chunked bodies that announce no length.)
 */
public class BodySizeLimit {

    static final long MAX_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response refuseLargeBodies(ContainerRequestContext request, UriInfo uri) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) <= MAX_BYTES) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        Problem problem = new Problem("/problems/payload-too-large", "Payload too large", 413,
                "The request body is larger than 1 MiB.", ProblemMappers.path(uri), null);
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
