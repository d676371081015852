package de.ihk.area;

import de.ihk.common.PageRequest;
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

@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    @Inject
    AreaService service;

    @Context
    UriInfo uri;

    @Inject
    HistoryReader historyReader;

    @Inject
    AreaAccess access;

    @GET
    public Response list(
            @QueryParam("q") String q,
            @QueryParam("municipality") String municipality,
            @QueryParam("publicationStatus") String publicationStatus,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort,
            @QueryParam("updatedSince") String updatedSince) {
        PageRequest request = PageRequest.of(page, size, sort, AreaService.SORTABLE, "position,name", "ar.id")
                .updatedSince(QueryParams.instant("updatedSince", updatedSince));
        return Responses.page(
                service.list(
                        QueryParams.text("q", q, 200),
                        QueryParams.text("municipality", municipality, 200),
                        QueryParams.enumValue("publicationStatus", publicationStatus, PublicationStatus.class),
                        request),
                uri);
    }

    @GET
    @Path("{slug}")
    public Response get(@PathParam("slug") String slug, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.conditionalItem(ifNoneMatch, service.get(slug));
    }

    @POST
    public Response create(String body) {
        AreaDto created = service.create(body);
        return Responses.created(uri, created.slug(), created);
    }

    @PUT
    @Path("{slug}")
    public Response update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, String body) {
        return Responses.item(service.update(slug, ifMatch, body));
    }

    @DELETE
    @Path("{slug}")
    public Response delete(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
        service.delete(slug, ifMatch);
        return Responses.deleted();
    }

    @GET
    @Path("{slug}/history")
    public Response history(
            @PathParam("slug") String slug, @QueryParam("page") String page, @QueryParam("size") String size) {
        UUID recordId = access.forRead(slug).id;
        return Responses.page(
                historyReader.of(RecordType.AREA, recordId, () -> service.get(slug), HistoryReader.pageOf(page, size)),
                uri);
    }

    /** The records of the area deleted recently, newest first (admins only). */
    @GET
    @Path("{slug}/deletions")
    public Response deletions(
            @PathParam("slug") String slug, @QueryParam("page") String page, @QueryParam("size") String size) {
        return Responses.page(
                historyReader.deletionsOf(access.forRead(slug).id, HistoryReader.pageOf(page, size)), uri);
    }
}
