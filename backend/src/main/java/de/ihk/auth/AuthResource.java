package de.ihk.auth;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Browser login for the web app: a session cookie plus a CSRF token. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthService service;

    @Inject
    SessionCodec sessions;

    @Inject
    AdminSetup adminSetup;

    @POST
    @Path("login")
    public Response login(@Valid @NotNull LoginInput input, @Context HttpServerRequest request) {
        AuthService.LoggedIn loggedIn = service.login(input, clientAddress(request));
        Response.ResponseBuilder response = Response.ok(loggedIn.me());
        Response built = response.build();
        SessionCookies.set(built.getHeaders(), sessions, loggedIn.session());
        return built;
    }

    @POST
    @Path("logout")
    public Response logout() {
        service.logout();
        Response response = Response.noContent().build();
        SessionCookies.clear(response.getHeaders(), sessions);
        return response;
    }

    /** The client's address as the proxy forwarding settings see it (the proxy's own address without them). */
    private static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    /** The first administrator, chosen through the one-time setup link that a start without ADMIN_PASSWORD prints. */
    @POST
    @Path("setup")
    public Response setup(@Valid @NotNull AdminSetupInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(adminSetup.complete(input))
                .build();
    }

    @GET
    @Path("me")
    public MeDto me() {
        return service.me();
    }
}
