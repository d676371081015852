package de.ihk.search;

import de.ihk.common.ApiException;
import de.ihk.common.PageRequest;
import de.ihk.common.QueryParams;
import de.ihk.common.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService service;

    @Context
    UriInfo uri;

    @GET
    public Response search(
            @QueryParam("q") String q,
            @QueryParam("area") String area,
            @QueryParam("type") List<String> type,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        String text = QueryParams.text("q", q, 200);
        if (text == null) {
            throw ApiException.invalid("q", "A search text is required.");
        }
        PageRequest request = PageRequest.of(page, size, null, Map.of("rank", "rank"), "rank", "id");
        List<SearchResultType> types = QueryParams.enumValues("type", type, SearchResultType.class);
        return Responses.page(service.search(text, QueryParams.text("area", area, 100), types, request), uri);
    }
}
