package de.ihk.search;

import de.ihk.common.PageRequest;
import de.ihk.common.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService service;

    @Context
    UriInfo uri;

    @GET
    public Response search(@BeanParam SearchParams params) {
        String text = params.text();
        PageRequest request = params.page();
        List<SearchResultType> types = params.types();
        SearchPage page = service.search(text, params.area(), types, request);
        return Responses.page(page, page.asPage(), uri);
    }
}
