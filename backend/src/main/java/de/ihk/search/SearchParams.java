package de.ihk.search;

import de.ihk.common.ApiException;
import de.ihk.common.PageRequest;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

/** The query parameters of a search (shared by the JSON results and exports). */
public class SearchParams {

    @QueryParam("q")
    String q;

    @QueryParam("area")
    String area;

    @QueryParam("type")
    List<String> type;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    /** The search text; a 400 when there is none. */
    public String text() {
        String text = QueryParams.text("q", q, 200);
        if (text == null) {
            throw ApiException.invalid("q", "A search text is required.");
        }
        return text;
    }

    public String area() {
        return QueryParams.text("area", area, 100);
    }

    public List<SearchResultType> types() {
        return QueryParams.enumValues("type", type, SearchResultType.class);
    }

    public PageRequest page() {
        return PageRequest.of(page, size, null, Map.of("rank", "rank"), "rank", "id");
    }
}
