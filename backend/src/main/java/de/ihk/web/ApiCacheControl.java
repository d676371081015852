package de.ihk.web;

import de.ihk.access.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Cache-Control of successful API reads. Anonymous callers see only published records, the same for everyone, so a
 * shared cache (reverse proxy, CDN) may keep the answer but must revalidate it with its ETag before each use, so that
 * nobody is shown an answer older than the last change (a 304 costs one cheap query, see {@link AnswerCacheFilter});
 * {@code Vary} keeps signed-in requests (token or session cookie) away from those cached copies, and keeps apart the
 * representations a list negotiates by {@code Accept} (JSON, CSV, XLSX) and the compressed from the plain ones
 * ({@code Accept-Encoding}). Answers for a
 * signed-in caller may contain drafts and are neither shared nor stored. Writes and errors are left alone.
 */
@Provider
public class ApiCacheControl implements ContainerResponseFilter {

    static final String PUBLIC = "public, no-cache";
    static final String PRIVATE = "private, no-store";

    @Inject
    CurrentUser user;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        int status = response.getStatus();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || !(status == 200 || status == 304)
                || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        if (user.isAnonymous()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PUBLIC);
            // (also on a 304, which has no type for CompressedAnswers to add Accept-Encoding by)
            response.getHeaders().putSingle(HttpHeaders.VARY, "Authorization, Cookie, Accept, Accept-Encoding");
        } else {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
        }
    }
}
