package de.ihk.message;

import de.ihk.auth.AuthResource;
import de.ihk.common.Ids;
import de.ihk.common.PageRequest;
import de.ihk.common.QueryParams;
import de.ihk.common.Responses;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Residents' messages to the quarter management: anyone sends, the area's editors read and answer (the inbox). */
@Path("/api/v1/areas/{slug}/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    MessageService service;

    @Context
    UriInfo uri;

    @GET
    @Path("form")
    public Response form(@PathParam("slug") String slug) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(service.form(slug)).cacheControl(noStore).build();
    }

    @GET
    public Response list(
            @PathParam("slug") String slug,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, MessageService.SORTABLE, "-createdAt", "m.id");
        return Responses.page(
                service.list(slug, QueryParams.enumValue("status", status, MessageStatus.class), request), uri);
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
    public Response create(@PathParam("slug") String slug, String body, @Context HttpServerRequest request) {
        MessageDto created = service.create(slug, body, AuthResource.clientAddress(request));
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
}
