package de.ihk.indicator;

import de.ihk.common.Ids;
import de.ihk.common.Responses;
import de.ihk.history.HistoryReader;
import de.ihk.write.RecordType;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/areas/{slug}/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    IndicatorService service;

    @Context
    UriInfo uri;

    @Inject
    HistoryReader historyReader;

    @GET
    public Response list(@PathParam("slug") String slug, @BeanParam IndicatorListParams params) {
        return Responses.page(service.list(slug, params.filter(), params.page()), uri);
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
        IndicatorDto created = service.create(slug, body);
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
                        RecordType.INDICATOR,
                        recordId,
                        () -> service.get(slug, recordId),
                        HistoryReader.pageOf(page, size)),
                uri);
    }
}
