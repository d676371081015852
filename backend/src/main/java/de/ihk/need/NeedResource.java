package de.ihk.need;

import de.ihk.common.Ids;
import de.ihk.common.PageRequest;
import de.ihk.common.Priority;
import de.ihk.common.PublicationStatus;
import de.ihk.common.QueryParams;
import de.ihk.common.Responses;
import de.ihk.history.HistoryReader;
import de.ihk.write.RecordType;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

@Path("/api/v1/areas/{slug}/needs")
@Produces(MediaType.APPLICATION_JSON)
public class NeedResource {

    @Inject
    NeedService service;

    @Context
    UriInfo uri;

    @Inject
    HistoryReader historyReader;

    @GET
    public Response list(
            @PathParam("slug") String slug,
            @QueryParam("actionField") String actionField,
            @QueryParam("priority") String priority,
            @QueryParam("targetGroup") String targetGroup,
            @QueryParam("uncovered") String uncovered,
            @QueryParam("q") String q,
            @QueryParam("publicationStatus") String publicationStatus,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort,
            @QueryParam("updatedSince") String updatedSince) {
        NeedService.Filter filter = new NeedService.Filter(
                Ids.parse("actionField", actionField),
                QueryParams.enumValue("priority", priority, Priority.class),
                QueryParams.text("targetGroup", targetGroup, 50),
                QueryParams.bool("uncovered", uncovered),
                QueryParams.text("q", q, 200),
                QueryParams.enumValue("publicationStatus", publicationStatus, PublicationStatus.class));
        PageRequest request = PageRequest.of(page, size, sort, NeedService.SORTABLE, "code", "n.id")
                .updatedSince(QueryParams.instant("updatedSince", updatedSince));
        return Responses.page(service.list(slug, filter, request), uri);
    }

    @GET
    @Path("{id}")
    public Response get(
            @PathParam("slug") String slug,
            @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.conditionalItem(ifNoneMatch, service.get(slug, Ids.parse("id", id)));
    }

    @POST
    public Response create(@PathParam("slug") String slug, String body) {
        NeedDto created = service.create(slug, body);
        return Responses.created(uri, created.id().toString(), created);
    }

    @PUT
    @Path("{id}")
    public Response update(
            @PathParam("slug") String slug,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            String body) {
        return Responses.item(service.update(slug, Ids.parse("id", id), ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    public Response delete(
            @PathParam("slug") String slug, @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(slug, Ids.parse("id", id), ifMatch);
        return Responses.deleted();
    }

    @GET
    @Path("{id}/history")
    public Response history(
            @PathParam("slug") String slug,
            @PathParam("id") String id,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID recordId = Ids.parse("id", id);
        return Responses.page(
                historyReader.of(
                        RecordType.NEED, recordId, () -> service.get(slug, recordId), HistoryReader.pageOf(page, size)),
                uri);
    }
}
