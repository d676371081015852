package de.ihk.web;

import de.ihk.auth.SessionCodec;
import de.ihk.common.ProblemMappers;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Deep links of the web app: a browser that asks for a page such as {@code /areas/schinkel/measures} gets the
 * app's {@code index.html}, and the app's router shows the page. Only GET/HEAD requests that accept
 * {@code text/html}, outside {@code /api} and {@code /q}, and not for a file (a last path segment with an extension,
 * or anything under {@code /assets/}) are answered this way; every other unknown path stays a problem+json 404.
 * The embeds ({@code /embed/…} and {@code /en/embed/…}, shown in other sites' frames) get {@code embed.html}, a page
 * of their own without the app's header and footer. An anonymous reader's German page of a published area comes with
 * its frame drawn in ({@link PrerenderedAreaPages}). Existing static files never get here: Vert.x serves them before
 * the REST layer.
 */
public class SpaFallback {

    static final String INDEX = "META-INF/resources/index.html";

    /** The page of the embeds ({@code /embed/…}, {@code /en/embed/…}): the embeds alone, without the app's frame. */
    static final String EMBED = "META-INF/resources/embed.html";

    private static final Pattern FILE = Pattern.compile(".*/[^/]*\\.[A-Za-z0-9]{1,8}$");

    private final ProblemMappers problems = new ProblemMappers();

    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    private final PageHints hints = PageHints.packaged();

    @Inject
    PrerenderedAreaPages prerendered;

    @ServerExceptionMapper
    public Uni<Response> notFound(NotFoundException e, ContainerRequestContext request, UriInfo uri) {
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        String resource = pageOf(path);
        byte[] html = isPageRequest(request.getMethod(), path, request.getHeaderString(HttpHeaders.ACCEPT))
                ? withHints(page(resource), resource, path)
                : null;
        if (html == null) {
            return Uni.createFrom().item(problems.webApplication(e, uri));
        }
        // (an area's page differs with and without a session)
        boolean framed = resource.equals(INDEX) && prerendered.hasFrame(path);
        if (request.getMethod().equals("HEAD")) {
            return Uni.createFrom().item(pageResponse(null, framed));
        }
        if (framed && isAnonymous(request)) {
            // the frame needs the area's name from the database: not on the event loop
            String page = new String(html, StandardCharsets.UTF_8);
            return Uni.createFrom()
                    .item(() -> pageResponse(prerendered.fill(page, path).getBytes(StandardCharsets.UTF_8), true))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return Uni.createFrom().item(pageResponse(html, framed));
    }

    private static Response pageResponse(byte[] html, boolean variesWithSession) {
        Response.ResponseBuilder response = Response.ok(html)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, CacheHeaders.NO_CACHE);
        return (variesWithSession ? response.header(HttpHeaders.VARY, HttpHeaders.COOKIE) : response).build();
    }

    /** Without a session: the pre-rendered frame shows no account (a signed-in reader gets the app's page alone). */
    private static boolean isAnonymous(ContainerRequestContext request) {
        return !request.getCookies().containsKey(SessionCodec.CSRF_COOKIE);
    }

    /** Whether a request that matched nothing is a browser asking for a page of the app. */
    static boolean isPageRequest(String method, String path, String accept) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/html")) {
            return false;
        }
        if (path.equals("/api")
                || path.startsWith("/api/")
                || path.equals("/q")
                || path.startsWith("/q/")
                || path.startsWith("/assets/")) {
            return false;
        }
        return !FILE.matcher(path).matches();
    }

    /**
     * The HTML page that shows a path: the embeds' page for everything under {@code /embed/} (it says itself when it
     * has no such embed), the app's index.html for everything else.
     */
    static String pageOf(String path) {
        return path.startsWith("/embed/") || path.startsWith("/en/embed/") ? EMBED : INDEX;
    }

    /** The app's page with the preload hints of the page at {@code path} in its head. */
    private byte[] withHints(byte[] html, String resource, String path) {
        String links = resource.equals(INDEX) ? hints.linksFor(path) : "";
        if (html == null || links.isEmpty()) {
            return html;
        }
        return new String(html, StandardCharsets.UTF_8)
                .replace("</head>", links + "</head>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] page(String resource) {
        byte[] html = pages.get(resource);
        if (html == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return null; // the web app was not built into this jar
                }
                html = in.readAllBytes();
                pages.put(resource, html);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return html;
    }
}
