package de.ihk.auth;

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
import java.util.UUID;

/** Account and API-token management (admins only). */
public final class AdminResources {

    private AdminResources() {}

    @Path("/api/v1/accounts")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Accounts {

        @Inject
        AccountService service;

        @Context
        UriInfo uri;

        @Inject
        HistoryReader historyReader;

        @Inject
        CurrentUser user;

        @GET
        public Response list(
                @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
            return Responses.page(
                    service.list(PageRequest.of(page, size, sort, AccountService.SORTABLE, "username", "ac.id")), uri);
        }

        @GET
        @Path("{id}")
        public Response get(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
            return Responses.conditionalItem(ifNoneMatch, service.get(Ids.parse("id", id)));
        }

        @POST
        public Response create(String body) {
            AccountDto created = service.create(body);
            return Responses.created(uri, created.id().toString(), created);
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

        /** Ends every session of the account on every device ("log out everywhere"). */
        @DELETE
        @Path("{id}/sessions")
        public Response endSessions(@PathParam("id") String id) {
            service.endSessions(Ids.parse("id", id));
            return Responses.deleted();
        }

        @GET
        @Path("{id}/history")
        public Response history(
                @PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
            user.requireAdmin();
            UUID recordId = Ids.parse("id", id);
            return Responses.page(
                    historyReader.of(
                            RecordType.ACCOUNT,
                            recordId,
                            () -> service.get(recordId),
                            HistoryReader.pageOf(page, size)),
                    uri);
        }
    }

    @Path("/api/v1/tokens")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Tokens {

        @Inject
        ApiTokenService service;

        @Context
        UriInfo uri;

        @Inject
        HistoryReader historyReader;

        @Inject
        CurrentUser user;

        @GET
        public Response list(
                @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
            return Responses.page(
                    service.list(PageRequest.of(page, size, sort, ApiTokenService.SORTABLE, "-createdAt", "t.id")),
                    uri);
        }

        @GET
        @Path("{id}")
        public Response get(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
            return Responses.conditionalItem(ifNoneMatch, service.get(Ids.parse("id", id)));
        }

        @POST
        public Response create(String body) {
            ApiTokenCreated created = service.create(body);
            return Responses.created(uri, created.token().id().toString(), created);
        }

        /** Revokes the token; it stops working with the next request. */
        @DELETE
        @Path("{id}")
        public Response revoke(@PathParam("id") String id) {
            service.revoke(Ids.parse("id", id));
            return Responses.deleted();
        }

        @GET
        @Path("{id}/history")
        public Response history(
                @PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
            user.requireAdmin();
            UUID recordId = Ids.parse("id", id);
            return Responses.page(
                    historyReader.of(
                            RecordType.API_TOKEN,
                            recordId,
                            () -> service.get(recordId),
                            HistoryReader.pageOf(page, size)),
                    uri);
        }
    }
}
