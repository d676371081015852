package de.ihk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.common.BodySizeLimit;
import de.ihk.common.Problem;
import de.ihk.common.ProblemType;
import de.ihk.common.RequestIds;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationRedirectException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * problem+json for the refusals that happen below Quarkus REST, which used to go out with an empty body: a request URI
 * that does not parse, a URI or header section over our limits, a declared body over 1 MiB, and whatever else fails in
 * the Vert.x router (a missing {@code Host} header, a target that is not a path, an unexpected exception).
 *
 * <p>The first route of the router checks every request before anything else looks at it:
 * <ul>
 *   <li><b>URI syntax</b> (400). Quarkus checks it with {@link URI} before the router, answering an empty 400, unless the
 *       system property {@value #QUARKUS_URI_VALIDATION_OFF} is true; {@link ServerMain} and the tests set it, so that
 *       the same check is made here and can answer with a body. Without the property the check here never fails.</li>
 *   <li><b>URI length</b> (414) and <b>header size</b> (431). Netty refuses a request line or header section over
 *       {@code quarkus.http.limits.max-initial-line-length} / {@code max-header-size} while decoding, and Vert.x then
 *       answers with a bare status in its invalid-request handler, which Quarkus 3.33 offers no way to replace. So those
 *       two settings are a hard stop well above the limits enforced here ({@link #MAX_URI_LENGTH},
 *       {@link #MAX_HEADER_BYTES}); only requests far over them still get the bare answer.</li>
 *   <li><b>Declared body size</b> (413) for bodies announcing more than {@link BodySizeLimit#MAX_BYTES}, before Quarkus's
 *       own check of {@code quarkus.http.limits.max-body-size} answers with an empty 413. Bodies without a length are
 *       counted while they are read ({@link BodySizeLimit}).</li>
 * </ul>
 * The refusals over a limit close the connection after the answer, as Vert.x does: the rest of the request is not read.
 *
 * <p>A failure handler ahead of Quarkus's own answers failures of the router itself with problem+json.
 */
@ApplicationScoped
public class HttpLayerProblems {

    /** The JVM system property with which Quarkus leaves the URI check to the application (to this class). */
    public static final String QUARKUS_URI_VALIDATION_OFF = "vertx.disableURIValidation";

    /** Longest request URI (path and query) we accept; the Vert.x hard stop is max-initial-line-length (16384). */
    static final int MAX_URI_LENGTH = 4096;

    /** Largest header section (names, values and ": ") we accept; the Vert.x hard stop is max-header-size (64K). */
    static final int MAX_HEADER_BYTES = 20 * 1024;

    /** How long a refused request's body is still read (and dropped) before the connection is closed. */
    static final long LINGER_MILLIS = 2000;

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

    @Inject
    ObjectMapper mapper;

    /** Before other observers (such as {@link CacheHeaders}), so that these routes come first among equal orders. */
    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.response().headWritten()) {
                ctx.next(); // too late for a problem; Quarkus's handler logs the failure and ends the response
            } else if (ctx.failure() instanceof AuthenticationRedirectException) {
                ctx.next(); // single sign-on sends the browser on (to the identity provider, or back to the app)
            } else if (ctx.failure() instanceof AuthenticationException) {
                failure(ctx, 401); // single sign-on failed: a stale or forged callback, the provider unreachable
            } else {
                failure(ctx, ctx.statusCode());
            }
        });
        // What fails while the router matches paths (e.g. a bad escape in a path it must decode), or matches no route,
        // skips the failure handlers and goes to the error handler of its status.
        for (int status : new int[] {400, 404, 405, 500}) {
            router.errorHandler(status, ctx -> {
                if (!ctx.response().headWritten()) {
                    failure(ctx, status);
                }
            });
        }
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            send(
                    ctx,
                    400,
                    "The request URI is not valid (" + e.getReason().toLowerCase(Locale.ROOT) + " at index "
                            + e.getIndex()
                            + "). Characters such as %, {, } and spaces must be percent-encoded, e.g. %25 for %.",
                    false);
            return;
        }
        if (uri.length() > MAX_URI_LENGTH) {
            send(
                    ctx,
                    414,
                    "The request URI is " + uri.length() + " characters long; at most " + MAX_URI_LENGTH
                            + " are accepted. Send fewer or shorter query parameters.",
                    true);
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + 2 + header.getValue().length();
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            send(
                    ctx,
                    431,
                    "The request header fields add up to " + headerBytes + " bytes; at most " + MAX_HEADER_BYTES
                            + " (20 KiB) are accepted. Send fewer or smaller headers, e.g. fewer cookies.",
                    true);
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaresMoreThan(length, BodySizeLimit.maxBytes(request.path()))) {
            send(ctx, 413, BodySizeLimit.detail(request.path()), true);
            return;
        }
        ctx.next();
    }

    private static boolean declaresMoreThan(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Netty refuses such a request before it gets here
        }
    }

    private void failure(RoutingContext ctx, int status) {
        Throwable failure = ctx.failure();
        if (failure instanceof RejectedExecutionException) {
            status = 503;
        } else if (status < 400 && failure instanceof IllegalArgumentException) {
            status = 400; // what Vert.x makes of a bad escape or query string it has to decode
        } else if (status < 400) {
            status = 500;
        }
        String detail;
        if (status == 404) {
            detail = "There is no resource at " + ctx.request().uri() + ".";
        } else if (status == 405) {
            detail = "This method is not allowed on " + ctx.request().path() + ".";
        } else if (status == 401) {
            detail = "Signing in with the identity provider did not succeed; please start again.";
        } else if (status == 503) {
            detail = "The server is too busy at the moment. Nothing was changed; please try again shortly.";
            ctx.response().putHeader("Retry-After", "10");
        } else if (status >= 500) {
            LOG.errorf(failure, "Unexpected failure on %s", ctx.request().path());
            detail = "Something went wrong on our side. The request was not carried out.";
        } else if (failure != null && String.valueOf(failure.getMessage()).contains("'Host' header")) {
            detail = "An HTTP/1.1 request needs a Host header with a valid host name.";
        } else {
            String why = failure instanceof HttpException http && http.getPayload() != null
                    ? http.getPayload()
                    : failure == null ? null : failure.getMessage();
            detail = why == null
                    ? "The request is malformed."
                    : "The request is malformed: " + why.replaceFirst("\\.$", "") + ".";
        }
        send(ctx, status, detail, status == 413 || status == 414 || status == 431);
    }

    private void send(RoutingContext ctx, int status, String detail, boolean close) {
        ProblemType type = ProblemType.forStatus(status);
        String path = ctx.request().path();
        // No instance for a URI that is too long (it would be echoed back in full) or that is not a path at all.
        String instance = status == 414 || path == null || !path.startsWith("/") ? null : path;
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(type.problem(detail, instance).withRequestId(RequestIds.of(ctx)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpServerResponse response = ctx.response();
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        response.end(Buffer.buffer(body));
        if (close) {
            closeAfterTheBody(ctx);
        }
    }

    /**
     * Closes the connection once the client has sent what it is sending anyway, at the latest after {@link
     * #LINGER_MILLIS}: a client that writes its whole body before it reads the answer (most do, unless they asked
     * {@code Expect: 100-continue}) would otherwise get a broken pipe instead of the 413. Nginx calls this a
     * lingering close.
     */
    private static void closeAfterTheBody(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        if (request.isEnded() || "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            response.close();
            return;
        }
        long timer = ctx.vertx().setTimer(LINGER_MILLIS, t -> response.close());
        try {
            request.handler(ignored -> {});
            request.endHandler(ended -> {
                ctx.vertx().cancelTimer(timer);
                response.close();
            });
            request.resume();
        } catch (IllegalStateException alreadyRead) {
            ctx.vertx().cancelTimer(timer);
            response.close();
        }
    }
}
