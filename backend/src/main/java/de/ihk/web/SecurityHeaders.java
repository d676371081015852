package de.ihk.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every answer of the public port: API, problem+json, the web app and its files, 404s and the
 * refusals of {@link HttpLayerProblems} (this route comes before its check).
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, styles, fonts and requests from this origin only, images also as
 *       {@code data:} URIs (KERN's icons) and from the origin of the maps' background tiles when {@code MAP_TILE_URL}
 *       names one. The web app needs no inline script or style element (React sets styles
 *       through the DOM, which CSP allows). {@code frame-ancestors 'none'}: no site may frame the app, whose
 *       editing screens would otherwise invite clickjacking – except the read-only embeds under {@code /embed/}
 *       (and {@code /en/embed/}), which our own pages (the embed builder's preview) and the sites named in
 *       {@code FRAME_ANCESTORS} may frame. Swagger UI at {@code /q/swagger-ui/} starts itself with an inline script
 *       and inline styles, so that path alone gets {@code 'unsafe-inline'} for them; it shows only the public
 *       contract.</li>
 *   <li>{@code X-Content-Type-Options: nosniff}: answers are only ever read as their declared type.</li>
 *   <li>{@code Referrer-Policy: strict-origin-when-cross-origin}: other sites learn only our origin, never the URL
 *       with its search terms and filters; our own pages keep the full referrer.</li>
 *   <li>{@code Strict-Transport-Security} on answers to HTTPS requests – over TLS of the process or, behind a proxy
 *       with {@code PROXY_FORWARDING=true}, as its {@code X-Forwarded-Proto} says; browsers ignore it over HTTP.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String SWAGGER_UI = "/q/swagger-ui";

    private final String policy;
    private final String embedPolicy;
    private final String swaggerPolicy;
    private final String hsts;

    private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#\\s]+)");

    SecurityHeaders(
            @ConfigProperty(name = "ihk.http.frame-ancestors", defaultValue = "'none'") String frameAncestors,
            @ConfigProperty(name = "ihk.http.hsts-max-age", defaultValue = "31536000") long hstsMaxAge,
            @ConfigProperty(name = "ihk.site.map-tile-url") Optional<String> mapTileUrl) {
        String tiles = mapTileUrl
                .map(SecurityHeaders::tileSource)
                .map(source -> " " + source)
                .orElse("");
        String common = "default-src 'self'; img-src 'self' data:" + tiles + "; object-src 'none'; base-uri 'self';"
                + " form-action 'self'; frame-ancestors ";
        String scripts = "; script-src 'self'; style-src 'self'";
        this.policy = common + "'none'" + scripts;
        this.embedPolicy = common + embedAncestors(frameAncestors) + scripts;
        this.swaggerPolicy = common + "'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";
        this.hsts = hstsMaxAge > 0 ? "max-age=" + hstsMaxAge : null;
    }

    /**
     * The CSP source of a tile URL template: its scheme, host and port, a {@code {s}} subdomain as a wildcard
     * ({@code https://{s}.tile.example.org/{z}/{x}/{y}.png} → {@code https://*.tile.example.org}); null if it has none.
     */
    static String tileSource(String template) {
        Matcher origin = ORIGIN.matcher(template.trim());
        return origin.find() ? origin.group(1).replace("{s}", "*") : null;
    }

    /**
     * Who may frame the embeds: our own origin (the embed builder's preview) and the sources of {@code FRAME_ANCESTORS}
     * ({@code 'none'} or nothing: our own origin only).
     */
    static String embedAncestors(String configured) {
        String sources = configured == null ? "" : configured.trim().replaceAll("\\s+", " ");
        if (sources.isEmpty() || sources.equals("'none'")) {
            return "'self'";
        }
        return Arrays.asList(sources.split(" ")).contains("'self'") ? sources : "'self' " + sources;
    }

    /**
     * The paths of the embeds: {@code /embed/areas/{slug}/committee-dates}, {@code …/measures}, {@code …/map}, also
     * under {@code /en}. Exactly these, on the raw path: nothing that a decoding or a {@code ..} could turn into a
     * page or file of the app gets a policy that lets other sites frame it.
     */
    private static final Pattern EMBED =
            Pattern.compile("^(/en)?/embed/areas/[a-z0-9]+(-[a-z0-9]+)*/(committee-dates|measures|map)/?$");

    /** Whether the path is one of the embeds, which other sites may frame. */
    static boolean isEmbed(String path) {
        return path != null && EMBED.matcher(path).matches();
    }

    /** Right after the request id, before the HTTP layer's checks and everything else. */
    void install(@Observes @Priority(0) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::add);
    }

    private void add(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        String path = request.path();
        boolean swagger = path != null && (path.equals(SWAGGER_UI) || path.startsWith(SWAGGER_UI + "/"));
        response.headers()
                .set("Content-Security-Policy", swagger ? swaggerPolicy : isEmbed(path) ? embedPolicy : policy)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "strict-origin-when-cross-origin");
        if (hsts != null && "https".equalsIgnoreCase(request.scheme())) {
            response.headers().set("Strict-Transport-Security", hsts);
        }
        ctx.next();
    }
}
