package de.ihk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.access.CurrentUser;
import de.ihk.common.Etags;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers anonymous reads of the API from {@link AnswerCache}. The key is the request (method, full URL and Accept header), today's
 * date (overviews list upcoming dates) and the token of {@link AnswerRevisions}, read from the database on every
 * request: a commit on any instance changes the token, so an answer computed before it is never served again.
 * Answers without an ETag of their own (lists, search) get one made of their bytes, and a conditional request that
 * names the current ETag gets 304. Signed-in callers may see drafts: their reads are never cached here. Answers
 * streamed while they are written are neither kept nor given an ETag.
 */
public class AnswerCacheFilter {

    private static final String KEY = AnswerCacheFilter.class.getName() + ".key";
    private static final String API = "/api/v1/";
    /** The key of a request when the cache is off: the response filter still gives the answer its ETag. */
    private static final String UNCACHED = "uncached";
    /**
     * Answers that are never kept: those about the caller, admin lists, the change feed (its positions are given
     * after commit, and compaction removes changes, neither of which moves a revision), and spreadsheet exports (whole
     * lists, streamed; a list asked for as CSV or XLSX is answered under /api/v1/sheets, so it never meets the JSON
     * answer of the same URL here).
     */
    private static final Set<String> UNCACHED_ROOTS = Set.of("auth", "accounts", "tokens", "changes", "sheets");

    private static final Set<String> SKIPPED_HEADERS = Set.of(
            "cache-control", "set-cookie", "content-length", "content-type", "etag", "date", "transfer-encoding");

    @Inject
    AnswerCache cache;

    @Inject
    AnswerRevisions revisions;

    @Inject
    AnswerClaim claim;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ServerRequestFilter(priority = Priorities.USER + 10)
    public Response lookUp(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || !user.isAnonymous()) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (!path.startsWith(API)) {
            return null;
        }
        String[] segments = path.substring(API.length()).replaceFirst("/+$", "").split("/", -1);
        String last = segments[segments.length - 1];
        if (UNCACHED_ROOTS.contains(segments[0]) || "history".equals(last) || "deletions".equals(last)) {
            return null;
        }
        if (segments.length > 2 && "messages".equals(segments[2])) {
            return null; // the message form's token carries the time it was asked for
        }
        if (!cache.enabled()) {
            // The response still gets its ETag from its bytes; without a cache no key is needed, nor its revision
            // token.
            request.setProperty(KEY, UNCACHED);
            return null;
        }
        String areaSlug = "areas".equals(segments[0]) && segments.length > 1 ? segments[1] : null;
        // The Accept header is part of the key: some answers depend on it (the catalogue is JSON-LD or Turtle).
        String key = "GET " + request.getUriInfo().getRequestUri() + " " + LocalDate.now(clock) + " "
                + revisions.token(areaSlug) + " " + request.getHeaderString(HttpHeaders.ACCEPT);
        boolean[] claimed = {false};
        AnswerCache.Answer answer = cache.get(key, claimed);
        if (answer != null) {
            return replay(answer, request.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        }
        if (claimed[0]) {
            claim.hold(key);
        }
        request.setProperty(KEY, key);
        return null;
    }

    @ServerResponseFilter(priority = Priorities.USER + 10)
    public void store(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String key = (String) request.getProperty(KEY);
        if (key == null) {
            return;
        }
        try {
            if (response.getStatus() != 200
                    || !response.hasEntity()
                    || response.getEntity() instanceof StreamingOutput) {
                return;
            }
            // The bytes are sent as they are kept, and an answer without an ETag of its own (a list, a search) gets one
            // made of them: it changes exactly when the answer does, not when something the reader cannot see changed.
            Object entity = response.getEntity();
            byte[] body = entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity);
            MediaType type =
                    response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            response.setEntity(body, null, type);
            String etag = response.getHeaderString(HttpHeaders.ETAG);
            if (etag == null) {
                etag = Etags.ofContent(body);
                response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            }
            if (cache.enabled()) {
                cache.put(key, new AnswerCache.Answer(body, type.toString(), etag, headersToKeep(response)));
            }
            if (Etags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatus(304);
                response.setEntity(null);
            }
        } finally {
            claim.release();
        }
    }

    private static List<Map.Entry<String, String>> headersToKeep(ContainerResponseContext response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!SKIPPED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> headers.add(Map.entry(name, value)));
            }
        });
        return List.copyOf(headers);
    }

    private static Response replay(AnswerCache.Answer answer, String ifNoneMatch) {
        Response.ResponseBuilder response = Etags.matches(ifNoneMatch, answer.etag())
                ? Response.notModified()
                : Response.ok(answer.body(), answer.mediaType());
        response.header(HttpHeaders.ETAG, answer.etag());
        answer.headers().forEach(h -> response.header(h.getKey(), h.getValue()));
        return response.build();
    }
}
