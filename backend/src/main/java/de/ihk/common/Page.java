package de.ihk.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint returns it. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    /** The same page with other items (the mapped ones, in order). */
    public <R> Page<R> withItems(List<R> mapped) {
        return new Page<>(mapped, page, size, totalItems, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
