package de.ihk.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Cache headers of the web app. Files under {@code /assets/} carry a content hash in their name (Vite), so they never
 * change: a year, immutable. HTML (index.html, also when served for a deep link) must be revalidated every time, so
 * that a new release is picked up at once: {@code no-cache}, also on a 304 when it was revalidated, and so must every
 * other file without a hash in its name. API and {@code /q} responses are left alone.
 */
@ApplicationScoped
public class CacheHeaders {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String NO_CACHE = "no-cache";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.startsWith("/assets/")) {
                ctx.addHeadersEndHandler(v -> {
                    int status = ctx.response().getStatusCode();
                    if (status == 200 || status == 304) {
                        ctx.response().headers().set("Cache-Control", IMMUTABLE);
                    }
                });
            } else if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
                // Everything else the app serves (index.html, also for deep links and HEAD requests, which the static
                // file handler answers without a Content-Type; favicon and other files without a hash) may change
                // with a release: never the static file handler's day-long, immutable caching.
                ctx.addHeadersEndHandler(v -> {
                    int status = ctx.response().getStatusCode();
                    if (status == 200 || status == 304) {
                        ctx.response().headers().set("Cache-Control", NO_CACHE);
                    }
                });
            }
            ctx.next();
        });
    }
}
