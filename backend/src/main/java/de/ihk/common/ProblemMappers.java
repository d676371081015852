package de.ihk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an {@code application/problem+json} response; no stack trace reaches a client. Failures
 * arrive wrapped (by the transaction's commit, by Hibernate), so they are recognised anywhere in the chain of causes.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CommitWatch commitWatch;

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(e.type().uri, e.type().title, e.status(), e.getMessage(), path(uri), e.errors()));
        if (e.currentVersion() != null) {
            response.header(HttpHeaders.ETAG, Etags.of(e.currentVersion()));
        }
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    /** Bean Validation of a resource method's parameters (the login body). */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return apiException(RequestProblems.of(e.getConstraintViolations()), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return apiException(RequestProblems.of(e), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps unreadable JSON bodies in a 400 WebApplicationException.
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return failure(e, uri, null);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "There is no resource at " + path(uri) + ".";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + path(uri) + ".";
            case NOT_ACCEPTABLE -> "This resource answers only with application/json.";
            case PAYLOAD_TOO_LARGE -> BodySizeLimit.DETAIL;
            case UNSUPPORTED_MEDIA_TYPE -> "The request body must be sent as application/json.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder response =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(type.problem(detail, path(uri)));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, ContainerRequestContext request) {
        return failure(e, uri, request);
    }

    private Response failure(Throwable e, UriInfo uri, ContainerRequestContext request) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            ApiException known = recognised(cause);
            if (known != null) {
                return apiException(known, uri);
            }
        }
        boolean write = request != null && !SAFE_METHODS.contains(request.getMethod());
        if (write && commitWatch.commitStarted()) {
            LOG.errorf(e, "A write to %s failed during its commit; its outcome is unknown", path(uri));
            return apiException(ApiException.outcomeUnknown(), uri);
        }
        if (DatabaseFailures.isOutage(e)) {
            LOG.warnf("Database unreachable while serving %s: %s", path(uri), e.getMessage());
            return apiException(
                    ApiException.unavailable("The database cannot be reached at the moment. "
                            + (write ? "Nothing was changed; please try again shortly." : "Please try again shortly.")),
                    uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return apiException(
                ApiException.internalError("Something went wrong on our side. "
                        + (write ? "Nothing was changed." : "Please try again later.")),
                uri);
    }

    /** A failure with a meaning for the client, found among the causes of what was thrown. */
    private static ApiException recognised(Throwable cause) {
        if (cause instanceof ApiException api) {
            return api;
        }
        if (cause instanceof JsonProcessingException json) {
            return RequestProblems.of(json);
        }
        if (cause instanceof ConstraintViolationException violations) {
            return RequestProblems.of(violations.getConstraintViolations());
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return ApiException.concurrentChange();
        }
        if (cause instanceof EntityNotFoundException) {
            return ApiException.notFound("The record was deleted by someone else at the same time.");
        }
        if (cause instanceof SQLException sql) {
            return DatabaseFailures.meaningOf(sql);
        }
        return null;
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
