package de.ihk.common;

import java.util.Arrays;

/**
 * Every kind of problem the API answers with: its {@code type} URI, {@code title} and status. The contract lists the
 * same (a test compares them), so a client can rely on the type alone.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    GONE(410, "gone", "Gone"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    /** Another system this request depends on (the council information system) failed; nothing was changed. */
    UPSTREAM_FAILED(424, "upstream-failed", "Upstream system failed"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "request-header-fields-too-large", "Request header fields too large"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    OUTCOME_UNKNOWN(503, "outcome-unknown", "Outcome unknown");

    public final int status;
    public final String uri;
    public final String title;

    ProblemType(int status, String name, String title) {
        this.status = status;
        this.uri = "/problems/" + name;
        this.title = title;
    }

    /** The problem for an HTTP status that a lower layer decided on (malformed-request for any other 4xx). */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values())
                .filter(t -> t.status == status && t != VALIDATION && t != OUTCOME_UNKNOWN)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST);
    }

    public Problem problem(String detail, String instance) {
        return new Problem(uri, title, status, detail, instance, null);
    }
}
