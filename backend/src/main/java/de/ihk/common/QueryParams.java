package de.ihk.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses optional query parameters into typed values, refusing malformed ones with a field message. */
public final class QueryParams {

    private QueryParams() {}

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "'" + value + "' is not a valid date (YYYY-MM-DD).");
        }
    }

    /** An ISO 8601 timestamp with offset or {@code Z}, e.g. {@code 2026-11-25T17:54:00Z}. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(
                    name, "'" + value + "' is not a timestamp like 2026-11-25T17:54:00Z or 2026-11-25T18:54:00+01:00.");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name, "'" + value + "' must be true or false.");
        };
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(
                    name,
                    "'" + value + "' is not one of the allowed values: "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")) + ".");
        }
    }

    public static <E extends Enum<E>> List<E> enumValues(String name, List<String> values, Class<E> type) {
        List<E> result = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",", -1)) {
                    E parsed = enumValue(name, part, type);
                    if (parsed != null) {
                        result.add(parsed);
                    }
                }
            }
        }
        return result;
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiException.invalid(name, "Must be at most " + maxLength + " characters long.");
        }
        return value.trim();
    }
}
