package de.ihk.message;

import de.ihk.common.Ids;
import de.ihk.common.PageRequest;
import de.ihk.common.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** The published questions and answers of an area, shown below measures and needs. */
@Path("/api/v1/areas/{slug}/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    MessageService service;

    @Context
    UriInfo uri;

    @GET
    public Response list(
            @PathParam("slug") String slug,
            @QueryParam("measure") String measure,
            @QueryParam("need") String need,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request =
                PageRequest.of(page, size, null, Map.of("answeredAt", "m.answered_at"), "answeredAt", "m.id");
        return Responses.page(
                service.questions(slug, Ids.parse("measure", measure), Ids.parse("need", need), request), uri);
    }

    @GET
    @Path("{id}")
    public Response get(
            @PathParam("slug") String slug,
            @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.conditionalItem(ifNoneMatch, service.question(slug, Ids.parse("id", id)));
    }
}
