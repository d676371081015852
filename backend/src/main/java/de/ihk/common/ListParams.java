package de.ihk.common;

import jakarta.ws.rs.QueryParam;
import java.util.Map;

/**
 * The paging parameters every list takes; a list's own parameter class adds its filters. One class serves the JSON
 * list and its spreadsheet export, so that both read the same parameters the same way (exports ignore page and size).
 */
public abstract class ListParams {

    @QueryParam("page")
    protected String page;

    @QueryParam("size")
    protected String size;

    @QueryParam("sort")
    protected String sort;

    @QueryParam("updatedSince")
    protected String updatedSince;

    /** Page, size, sort and updatedSince, checked (see {@link PageRequest#of}). */
    protected PageRequest page(Map<String, String> sortable, String defaultSort, String tieBreaker) {
        return PageRequest.of(page, size, sort, sortable, defaultSort, tieBreaker)
                .updatedSince(QueryParams.instant("updatedSince", updatedSince));
    }
}
