package de.ihk.webhook;

import de.ihk.access.CurrentUser;
import de.ihk.common.Ids;
import de.ihk.common.PageRequest;
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
import java.util.Map;
import java.util.UUID;

/** Webhook subscriptions (admins only). */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    WebhookService service;

    @Inject
    HistoryReader historyReader;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @GET
    public Response list(
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Responses.page(
                service.list(PageRequest.of(page, size, sort, WebhookService.SORTABLE, "-createdAt", "w.id")), uri);
    }

    /** Answers the secret this once. */
    @POST
    public Response create(String body) {
        WebhookCreated created = service.create(body);
        return Responses.created(uri, created.webhook().id().toString(), created);
    }

    /** Where delivery stands changes without a new version, so there is no 304 here. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Responses.item(service.get(Ids.parse("id", id)));
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
        return Responses.item(service.update(Ids.parse("id", id), ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse("id", id), ifMatch);
        return Responses.deleted();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") String id) {
        return Responses.item(service.disable(Ids.parse("id", id)));
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") String id) {
        return Responses.item(service.enable(Ids.parse("id", id)));
    }

    @GET
    @Path("{id}/deliveries")
    public Response deliveries(
            @PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return Responses.page(
                service.deliveries(
                        Ids.parse("id", id), PageRequest.of(page, size, null, Map.of("id", "id"), "-id", "id")),
                uri);
    }

    @GET
    @Path("{id}/history")
    public Response history(
            @PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        user.requireAdmin();
        UUID recordId = Ids.parse("id", id);
        return Responses.page(
                historyReader.of(
                        RecordType.WEBHOOK, recordId, () -> service.get(recordId), HistoryReader.pageOf(page, size)),
                uri);
    }
}
