package de.ihk.search;

import java.util.UUID;

/**
 * One hit of the full-text search. {@code snippet} is HTML-escaped text in which the matched words
 * are wrapped in {@code <mark>}; {@code href} is the API path of the record.
 */
public record SearchResult(
        SearchResultType type, UUID id, String title, String snippet, double rank, AreaRef area, String href) {

    public record AreaRef(String slug, String name) {}
}
