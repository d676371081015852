package de.ihk.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compression also for the answers that Quarkus leaves uncompressed: those of the answer cache (a request filter
 * answers them, before any resource method) and the app's HTML pages (an exception mapper answers them). With
 * {@code quarkus.http.enable-compression} every answer starts with {@code Content-Encoding: identity}, which only a
 * resource method's own answer loses; this takes it off any answer of a type in {@code quarkus.http.compress-media-types}
 * just before its headers go out, and the server then compresses it as it does the others (when the client accepts
 * that). Without it, a warm server sent the area page's overview as 16 KB instead of 5 KB. Every answer of such a type
 * also names {@code Accept-Encoding} in its {@code Vary} header.
 */
@ApplicationScoped
public class CompressedAnswers {

    private final Set<String> compressible;

    CompressedAnswers(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> mediaTypes) {
        this.compressible =
                Set.copyOf(mediaTypes.stream().map(CompressedAnswers::bare).toList());
    }

    void install(@Observes Router router) {
        // Quarkus's route sets the identity encoding when the request comes in, Vert.x reads it when the headers go
        // out: the headers-end handler runs in between, whatever the order of the routes.
        router.route().order(Integer.MIN_VALUE + 10).handler(this::compressWhenHeadersGoOut);
    }

    private void compressWhenHeadersGoOut(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        ctx.addHeadersEndHandler(done -> {
            MultiMap headers = response.headers();
            if (!isCompressible(headers.get(HttpHeaders.CONTENT_TYPE))) {
                return;
            }
            if (HttpHeaders.IDENTITY.toString().equals(headers.get(HttpHeaders.CONTENT_ENCODING))) {
                headers.remove(HttpHeaders.CONTENT_ENCODING);
            }
            // (so that a shared cache on the way keeps the compressed and the plain answer apart)
            List<String> vary = new ArrayList<>(headers.getAll(HttpHeaders.VARY));
            if (vary.stream().noneMatch(value -> value.toLowerCase(Locale.ROOT).contains("accept-encoding"))) {
                vary.add("Accept-Encoding");
                headers.set(HttpHeaders.VARY, String.join(", ", vary));
            }
        });
        ctx.next();
    }

    boolean isCompressible(String contentType) {
        return contentType != null && compressible.contains(bare(contentType));
    }

    /** The media type without its parameters, in lower case: {@code text/html} of {@code text/html;charset=UTF-8}. */
    private static String bare(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }
}
