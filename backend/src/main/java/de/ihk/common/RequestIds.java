package de.ihk.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request gets an id: the {@code X-Request-Id} a proxy in front sent, when it is sane (1 to 64 letters, digits
 * and {@code . _ : -}), else a new UUID. The id goes back in the {@code X-Request-Id} response header, into the
 * logging context ({@code requestId}: the log lines written while serving the request and the access log carry it)
 * and into every problem+json body ({@code requestId}), so that a complaint can be matched with the log lines.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** The key of the id in the logging context (MDC) and in the request's routing context. */
    public static final String KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** First of all routes, so that even the refusals of the HTTP layer have an id. */
    void install(@Observes @Priority(0) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String id = choose(ctx.request().getHeader(HEADER));
            ctx.put(KEY, id);
            ctx.response().headers().set(HEADER, id);
            MDC.put(KEY, id);
            ctx.addEndHandler(done -> MDC.remove(KEY));
            ctx.next();
        });
    }

    /** The id of the request being served, or null outside a request. */
    public static String of(RoutingContext ctx) {
        return ctx == null ? null : ctx.get(KEY);
    }

    static String choose(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    /** Puts the request id into the problem+json answers of Quarkus REST (the HTTP layer's own add it themselves). */
    @ServerResponseFilter
    public void addToProblem(ContainerResponseContext response, RoutingContext ctx) {
        String id = of(ctx);
        if (id != null && response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            response.setEntity(problem.withRequestId(id), response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
