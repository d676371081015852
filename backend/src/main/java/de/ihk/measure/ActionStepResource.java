package de.ihk.measure;

import de.ihk.common.Ids;
import de.ihk.common.PageRequest;
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

/** Errors about the measure's path parameter name it {@code id}, as the contract does. */
@Path("/api/v1/areas/{slug}/measures/{measureId}/steps")
@Produces(MediaType.APPLICATION_JSON)
public class ActionStepResource {

    @Inject
    ActionStepService service;

    @Context
    UriInfo uri;

    @Inject
    HistoryReader historyReader;

    @GET
    public Response list(
            @PathParam("slug") String slug,
            @PathParam("measureId") String measureId,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort,
            @QueryParam("updatedSince") String updatedSince) {
        PageRequest request = PageRequest.of(
                        page, size, sort, ActionStepService.SORTABLE, "position", "s.created_at, s.id")
                .updatedSince(QueryParams.instant("updatedSince", updatedSince));
        return Responses.page(service.list(slug, Ids.parse("id", measureId), request), uri);
    }

    @GET
    @Path("{stepId}")
    public Response get(
            @PathParam("slug") String slug,
            @PathParam("measureId") String measureId,
            @PathParam("stepId") String stepId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.conditionalItem(
                ifNoneMatch, service.get(slug, Ids.parse("id", measureId), Ids.parse("stepId", stepId)));
    }

    @POST
    public Response create(@PathParam("slug") String slug, @PathParam("measureId") String measureId, String body) {
        ActionStepDto created = service.create(slug, Ids.parse("id", measureId), body);
        return Responses.created(uri, created.id().toString(), created);
    }

    @PUT
    @Path("{stepId}")
    public Response update(
            @PathParam("slug") String slug,
            @PathParam("measureId") String measureId,
            @PathParam("stepId") String stepId,
            @HeaderParam("If-Match") String ifMatch,
            String body) {
        return Responses.item(
                service.update(slug, Ids.parse("id", measureId), Ids.parse("stepId", stepId), ifMatch, body));
    }

    @DELETE
    @Path("{stepId}")
    public Response delete(
            @PathParam("slug") String slug,
            @PathParam("measureId") String measureId,
            @PathParam("stepId") String stepId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(slug, Ids.parse("id", measureId), Ids.parse("stepId", stepId), ifMatch);
        return Responses.deleted();
    }

    @GET
    @Path("{stepId}/history")
    public Response history(
            @PathParam("slug") String slug,
            @PathParam("measureId") String measureId,
            @PathParam("stepId") String stepId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID recordId = Ids.parse("stepId", stepId);
        return Responses.page(
                historyReader.of(
                        RecordType.ACTION_STEP,
                        recordId,
                        () -> service.get(slug, Ids.parse("measureId", measureId), recordId),
                        HistoryReader.pageOf(page, size)),
                uri);
    }
}
