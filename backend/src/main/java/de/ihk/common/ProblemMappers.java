package de.ihk.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an {@code application/problem+json} response. No stack trace reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("/problems/" + e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
        if (e.currentVersion() != null) {
            response.header(HttpHeaders.ETAG, Etags.of(e.currentVersion()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), messageOf(v)))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return apiException(ApiException.invalid(errors), uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return apiException(ApiException.invalid(jsonPath(e),
                "Unknown property '" + e.getPropertyName() + "'. Known properties: "
                        + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + "."), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return apiException(ApiException.invalid(jsonPath(e), expectation(e.getTargetType(), "'" + e.getValue() + "'")), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return apiException(ApiException.badRequest("The request body must be a JSON object."), uri);
        }
        return apiException(ApiException.invalid(field, expectation(e.getTargetType(), "This value")), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return apiException(ApiException.badRequest("The request body could not be read: " + e.getOriginalMessage()), uri);
        }
        return apiException(ApiException.invalid(field, "This value could not be read: " + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return apiException(ApiException.badRequest("The request body is not valid JSON: " + e.getOriginalMessage()
                + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")."), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return apiException(ApiException.badRequest("The request body is not valid JSON: " + e.getOriginalMessage()), uri);
    }

    private Response jsonFailure(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownProperty(u, uri);
        }
        if (e instanceof InvalidFormatException f) {
            return invalidFormat(f, uri);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri);
        }
        if (e instanceof JsonMappingException m) {
            return jsonMapping(m, uri);
        }
        if (e instanceof JsonParseException p) {
            return malformedJson(p, uri);
        }
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem("/problems/precondition-failed", "Precondition failed", 412,
                "The record was changed by someone else at the same time. Read it again and reapply your change.", path(uri), null);
        return Response.status(412).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps unreadable JSON bodies in a 400 WebApplicationException.
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonFailure(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        String type = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "malformed-request";
        };
        String detail = switch (status) {
            case 404 -> "There is no resource at " + path(uri) + ".";
            case 405 -> "This method is not allowed on " + path(uri) + ".";
            case 406 -> "This resource answers only with application/json.";
            case 413 -> "The request body is larger than 1 MiB.";
            case 415 -> "The request body must be sent as application/json.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("/problems/" + type, title, status, detail, path(uri), null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("Database unreachable while serving %s: %s", path(uri), e.getMessage());
            Problem problem = new Problem("/problems/service-unavailable", "Service unavailable", 503,
                    "The database cannot be reached at the moment. Nothing was changed; please try again shortly.", path(uri), null);
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "10").entity(problem).build();
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        Problem problem = new Problem("/problems/internal-error", "Internal error", 500,
                "Something went wrong on our side. The request was not carried out.", path(uri), null);
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * The JSON path of a violation inside the request body, e.g. {@code links[0].url} or
     * {@code needIds[2]}: method and parameter nodes are dropped, and the index of a list element
     * (which Bean Validation puts on the node after the list) follows the list's name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean inBody = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                inBody = true;
                continue;
            }
            if (!inBody || node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String messageOf(ConstraintViolation<?> violation) {
        if (fieldOf(violation).equals("body") && violation.getInvalidValue() == null) {
            return "A JSON request body is required.";
        }
        return violation.getMessage();
    }

    /** The JSON path of the failing value, e.g. {@code links[1].url}. Empty when the body itself is wrong. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectation(Class<?> target, String value) {
        if (target == null) {
            return value + " has the wrong type.";
        }
        if (target.isEnum()) {
            return value + " is not one of the allowed values: "
                    + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) + ".";
        }
        if (target == UUID.class) {
            return value + " is not a valid id (a UUID such as 3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21).";
        }
        if (target == LocalDate.class) {
            return value + " is not a valid date (YYYY-MM-DD).";
        }
        if (target == LocalTime.class) {
            return value + " is not a valid time (HH:mm).";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return value + " is not a valid number.";
        }
        if (target == Boolean.class || target == boolean.class) {
            return value + " must be true or false.";
        }
        if (target == String.class) {
            return value + " must be a string.";
        }
        if (List.class.isAssignableFrom(target) || target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            return value + " must be an array.";
        }
        return value + " must be a JSON object.";
    }
}
