package de.ihk.common;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Database refusals that slipped past the services' own checks (two requests racing for the same
 * code, say) become the same 409 or 412 the checks would have given.
 */
public class PersistenceFailures {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return problems.apiException(ApiException.conflict(
                        "The change conflicts with an existing record (" + violation.getConstraintName() + ")."), uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return problems.concurrentUpdate((RuntimeException) cause, uri);
            }
        }
        // including an unreachable database, which becomes a 503
        return problems.unexpected(e, uri);
    }
}
