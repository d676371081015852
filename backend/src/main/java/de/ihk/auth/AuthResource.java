package de.ihk.auth;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

    @POST
    @Path("login")
    public Response login(@Valid @NotNull LoginInput input) {
        AuthService.LoggedIn loggedIn = service.login(input);
        Response.ResponseBuilder response = Response.ok(loggedIn.me());
        Response built = response.build();
        SessionCookies.set(built.getHeaders(), sessions, loggedIn.session());
        return built;
    }

    @POST
    @Path("logout")
    public Response logout() {
        Response response = Response.noContent().build();
        SessionCookies.clear(response.getHeaders(), sessions);
        return response;
    }

    @GET
    @Path("me")
    public MeDto me() {
        return service.me();
    }
}
