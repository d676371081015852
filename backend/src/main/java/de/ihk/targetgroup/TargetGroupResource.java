package de.ihk.targetgroup;

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

@Path("/api/v1/target-groups")
@Produces(MediaType.APPLICATION_JSON)
public class TargetGroupResource {

    @Inject
    TargetGroupService service;

    @Context
    UriInfo uri;

    @Inject
    HistoryReader historyReader;

    @GET
    public Response list(@BeanParam TargetGroupListParams params) {
        return Responses.page(service.list(params.page()), uri);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.conditionalItem(ifNoneMatch, service.get(code));
    }

    @POST
    public Response create(String body) {
        TargetGroupDto created = service.create(body);
        return Responses.created(uri, created.code(), created);
    }

    @PUT
    @Path("{code}")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, String body) {
        return Responses.item(service.update(code, ifMatch, body));
    }

    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Responses.deleted();
    }

    @GET
    @Path("{code}/history")
    public Response history(
            @PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size) {
        UUID recordId = service.get(code).id();
        return Responses.page(
                historyReader.of(
                        RecordType.TARGET_GROUP, recordId, () -> service.get(code), HistoryReader.pageOf(page, size)),
                uri);
    }
}
