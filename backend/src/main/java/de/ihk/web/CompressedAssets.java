package de.ihk.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The web app's scripts and stylesheets under {@code /assets/}, gzip-compressed once and kept in memory. The general
 * response compression compresses every answer anew: for the 460 KB start script that costs tens of milliseconds of
 * CPU per request, hundreds under load, and a phone waits for them before it can show anything. The files carry a
 * content hash in their name and never change, so one compression serves them until the next release. Fonts and
 * images are compressed already and stay with the static file handler, as does every request that does not accept
 * gzip or comes over HTTP/2 (behind the usual reverse proxy, the backend speaks HTTP/1.1).
 */
@ApplicationScoped
public class CompressedAssets {

    private static final String PREFIX = "/assets/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,200}");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json");

    /** Compressed files by name; empty for a name that is not in the packaged web app. */
    private final Map<String, Optional<byte[]>> compressed = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        // after the headers every response gets (order MIN_VALUE), before the static file handler
        router.get(PREFIX + "*").order(Integer.MIN_VALUE + 100).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        String name = ctx.normalizedPath().substring(PREFIX.length());
        String type = NAME.matcher(name).matches() && !name.contains("..") ? TYPES.get(extension(name)) : null;
        // (HTTP/2 compresses by the Content-Encoding header the answer sets: a gzip body would be compressed twice)
        if (type == null
                || ctx.request().version() == HttpVersion.HTTP_2
                || !acceptsGzip(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            ctx.next();
            return;
        }
        Optional<byte[]> known = compressed.get(name);
        if (known != null) {
            send(ctx, known, type);
            return;
        }
        // the first request of a file compresses it, off the event loop
        ctx.vertx()
                .executeBlocking(() -> compressed.computeIfAbsent(name, CompressedAssets::compress), false)
                .onComplete(result -> {
                    if (result.succeeded()) {
                        send(ctx, result.result(), type);
                    } else {
                        ctx.fail(result.cause());
                    }
                });
    }

    private static void send(RoutingContext ctx, Optional<byte[]> gzip, String type) {
        if (gzip.isEmpty()) {
            ctx.next(); // not a file of the web app: the static file handler answers (404)
            return;
        }
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader(HttpHeaders.CONTENT_ENCODING, "gzip")
                .putHeader(HttpHeaders.VARY, "accept-encoding")
                .end(Buffer.buffer(gzip.get()));
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",", -1)) {
            String[] parts = coding.trim().split(";", -1);
            if (parts[0].trim().equals("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static Optional<byte[]> compress(String name) {
        try (InputStream in =
                CompressedAssets.class.getClassLoader().getResourceAsStream("META-INF/resources" + PREFIX + name)) {
            if (in == null) {
                return Optional.empty();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            }) {
                in.transferTo(gzip);
            }
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
