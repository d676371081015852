package de.ihk.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns what is wrong with a request body (unreadable JSON, broken rules) into a 400 naming each field. */
public final class RequestProblems {

    private RequestProblems() {}

    /** A body Jackson could not read into the input type. */
    public static ApiException of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ApiException.invalid(
                    jsonPath(unknown),
                    "Unknown property '" + unknown.getPropertyName() + "'. Known properties: "
                            + unknown.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
        if (e instanceof InvalidFormatException format
                && format.getValue() instanceof String value
                && value.indexOf('\0') >= 0) {
            return ApiException.invalid(jsonPath(format), NulFreeStrings.MESSAGE);
        }
        if (e instanceof InvalidFormatException format) {
            return ApiException.invalid(
                    jsonPath(format), expectation(format.getTargetType(), "'" + format.getValue() + "'"));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = jsonPath(mismatch);
            return field.isEmpty()
                    ? ApiException.badRequest("The request body must be a JSON object.")
                    : ApiException.invalid(field, expectation(mismatch.getTargetType(), "This value"));
        }
        if (e instanceof JsonParseException parse) {
            return ApiException.badRequest("The request body is not valid JSON: " + parse.getOriginalMessage()
                    + " (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ").");
        }
        if (e instanceof JsonMappingException mapping && !jsonPath(mapping).isEmpty()) {
            return ApiException.invalid(
                    jsonPath(mapping), "This value could not be read: " + mapping.getOriginalMessage());
        }
        return ApiException.badRequest("The request body could not be read: " + e.getOriginalMessage());
    }

    /**
     * A list that the body sets to null: the contract allows leaving a list out (no entries) but not null, which would
     * otherwise silently remove every entry. Checked on the record type the body is read into and its nested records.
     */
    public static List<FieldError> nullLists(JsonNode body, Class<?> type, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject() || !type.isRecord()) {
            return errors;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode value = body.get(component.getName());
            if (value == null) {
                continue;
            }
            String field = prefix + component.getName();
            if (value.isNull() && Collection.class.isAssignableFrom(component.getType())) {
                errors.add(new FieldError(field, "Must not be null; leave it out or send an empty array."));
            } else if (component.getType().isRecord()) {
                errors.addAll(nullLists(value, component.getType(), field + "."));
            }
        }
        return errors;
    }

    /** Broken Bean Validation rules, each at the JSON path of its field, e.g. {@code links[0].url}. */
    public static ApiException of(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return ApiException.invalid(errors);
    }

    /**
     * The JSON path of a violation inside the request body: the nodes after the method parameter when a resource
     * method was validated, all of them when the body object was; the index of a list element (which Bean Validation
     * puts on the node after the list) follows the list's name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(node -> {
            if (node.getKind() == ElementKind.PARAMETER) {
                nodes.clear();
            } else if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.BEAN) {
                nodes.add(node);
            }
        });
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
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
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", ")) + ".";
        }
        if (target == UUID.class) {
            return value + " is not a valid id (a UUID such as 3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21).";
        }
        if (target == LocalDate.class) {
            return value + " is not a valid date (a string YYYY-MM-DD).";
        }
        if (target == LocalTime.class) {
            return value + " is not a valid time (HH:mm).";
        }
        if (target == Instant.class) {
            return value + " is not a valid timestamp (a string such as 2027-01-31T12:00:00Z).";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return value + " is not a whole number.";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return value + " is not a number.";
        }
        if (target == Boolean.class || target == boolean.class) {
            return value + " must be true or false.";
        }
        if (target == String.class) {
            return value + " must be a string.";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return value + " must be an array.";
        }
        return value + " must be a JSON object.";
    }
}
