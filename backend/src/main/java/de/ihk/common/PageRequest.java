package de.ihk.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Page, size and sort order of a list request. Sort fields are named as in the API and mapped to
 * SQL expressions by the resource's whitelist; anything else is refused.
 */
public record PageRequest(int page, int size, String orderBy, Instant updatedSince) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /**
     * Reads page, size and sort of a request, refusing what is out of range or cannot be sorted by.
     *
     * @param sortable API field name → SQL expression; the first entry that is named in
     *                 {@code defaultSort} is the default order
     * @param tieBreaker SQL expression appended to make the order stable (usually the id)
     */
    public static PageRequest of(
            String page,
            String size,
            String sort,
            Map<String, String> sortable,
            String defaultSort,
            String tieBreaker) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        List<String> order = new ArrayList<>();
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        for (String part : requested.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue; // "code," sorts by code
            }
            boolean descending = name.startsWith("-");
            if (descending || name.startsWith("+")) {
                name = name.substring(1);
            }
            String expression = sortable.get(name);
            if (expression == null) {
                errors.add(new FieldError(
                        "sort",
                        "'" + part.trim() + "' cannot be sorted by. Allowed: "
                                + sortable.keySet().stream().sorted().collect(Collectors.joining(", "))
                                + " (prefix '-' for descending)."));
                continue;
            }
            order.add(expression + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        order.add(tieBreaker);
        return new PageRequest(pageNumber, pageSize, String.join(", ", order), null);
    }

    /** Only records whose own {@code updatedAt} is at or after {@code since} (null: all). */
    public PageRequest updatedSince(Instant since) {
        return new PageRequest(page, size, orderBy, since);
    }

    public int offset() {
        return page * size;
    }

    private static int parse(String name, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                errors.add(new FieldError(name, "Must be between " + min + " and " + max + "."));
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "'" + value + "' is not a whole number."));
            return fallback;
        }
    }
}
