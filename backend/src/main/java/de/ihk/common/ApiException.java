package de.ihk.common;

import java.util.List;

/**
 * A refusal the client can act on. Carries everything the problem+json response needs; thrown by
 * services and resources, turned into a response by {@link ProblemMappers}.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Long currentVersion;
    private Long retryAfterSeconds;

    private ApiException(ProblemType type, String detail, List<FieldError> errors, Long currentVersion) {
        super(detail);
        this.type = type;
        this.errors = errors;
        this.currentVersion = currentVersion;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail, null, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail, null, null);
    }

    public static ApiException unauthorized() {
        return unauthorized("This needs you to log in or to send a valid API token.");
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(ProblemType.UNAUTHORIZED, detail, null, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail, null, null);
    }

    /** Refused for now; the answer's Retry-After says after how many seconds to try again. */
    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        ApiException e = new ApiException(ProblemType.TOO_MANY_REQUESTS, detail, null, null);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** What the client asks for existed but was removed for good (a change feed position behind the kept changes). */
    public static ApiException gone(String detail) {
        return new ApiException(ProblemType.GONE, detail, null, null);
    }

    public static ApiException unsupportedMediaType() {
        return new ApiException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body must be sent as application/json.", null, null);
    }

    /** The request (an uploaded file) is over a limit: 413. */
    public static ApiException tooLarge(String detail) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, detail, null, null);
    }

    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail, null, null);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(ProblemType.MALFORMED_REQUEST, detail, null, null);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "The request has 1 invalid field."
                : "The request has " + errors.size() + " invalid fields.";
        return new ApiException(ProblemType.VALIDATION, detail, List.copyOf(errors), null);
    }

    public static ApiException preconditionRequired() {
        return preconditionRequired("This request needs an If-Match header with the ETag of the version you read.");
    }

    public static ApiException preconditionRequired(String detail) {
        return new ApiException(ProblemType.PRECONDITION_REQUIRED, detail, null, null);
    }

    public static ApiException preconditionFailed(long currentVersion) {
        return new ApiException(
                ProblemType.PRECONDITION_FAILED,
                "The record was changed by someone else since you read it; it is now at version " + currentVersion
                        + ". Read it again and reapply your change.",
                null,
                currentVersion);
    }

    /** Two writers changed the record at the same moment; this one lost. */
    public static ApiException concurrentChange() {
        return new ApiException(
                ProblemType.PRECONDITION_FAILED,
                "The record was changed by someone else at the same time. Read it again and reapply your change.",
                null,
                null);
    }

    /** Nothing was done and the request may be repeated later (Retry-After). */
    public static ApiException unavailable(String detail) {
        return new ApiException(ProblemType.SERVICE_UNAVAILABLE, detail, null, null);
    }

    /**
     * Another system the request depends on (the council information system) could not be reached or answered
     * nonsense: 424, not a 5xx, since our server works and nothing was changed.
     */
    public static ApiException upstreamFailed(String detail) {
        return new ApiException(ProblemType.UPSTREAM_FAILED, detail, null, null);
    }

    /** The commit of a write failed in a way that leaves open whether it was stored. */
    public static ApiException outcomeUnknown() {
        return new ApiException(
                ProblemType.OUTCOME_UNKNOWN,
                "The connection to the database failed while the change was being committed. The change may have been "
                        + "stored; read the record before you retry.",
                null,
                null);
    }

    public static ApiException internalError(String detail) {
        return new ApiException(ProblemType.INTERNAL_ERROR, detail, null, null);
    }

    public int status() {
        return type.status;
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    /** Seconds after which the request may be repeated: set for 429, 10 for 503, otherwise null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds != null ? retryAfterSeconds : status() == 503 ? Long.valueOf(10) : null;
    }
}
