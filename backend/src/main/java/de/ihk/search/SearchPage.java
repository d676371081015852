package de.ihk.search;

import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import java.util.List;

/**
 * One page of search results: a {@link Page} whose count stops at {@link SearchService#MAX_RESULTS}; {@code
 * totalItemsCapped} says that more records match than are listed.
 */
public record SearchPage(
        List<SearchResult> items, int page, int size, long totalItems, int totalPages, boolean totalItemsCapped) {

    static SearchPage of(List<SearchResult> items, PageRequest request, long totalItems, boolean capped) {
        Page<SearchResult> page = Page.of(items, request, totalItems);
        return new SearchPage(items, page.page(), page.size(), totalItems, page.totalPages(), capped);
    }

    /** The same page without the flag, for the paging links. */
    public Page<SearchResult> asPage() {
        return new Page<>(items, page, size, totalItems, totalPages);
    }
}
