package de.ihk.auth;

import de.ihk.common.Responses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

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

    @Inject
    SsoService sso;

    @Inject
    AccountSettingsService settings;

    @POST
    @Path("login")
    public Response login(@Valid @NotNull LoginInput input, @Context HttpServerRequest request) {
        sso.requireLocalLogin(input.username());
        AuthService.LoggedIn loggedIn = service.login(input, clientAddress(request));
        Response.ResponseBuilder response = Response.ok(loggedIn.me());
        Response built = response.build();
        SessionCookies.set(built.getHeaders(), sessions, loggedIn.session());
        return built;
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(SsoResource.ID_TOKEN_COOKIE) String idToken, @Context UriInfo uri) {
        service.logout();
        // After single sign-on, the browser goes on to the identity provider, which ends its session too.
        Optional<String> idpLogout = idToken == null ? Optional.empty() : sso.logoutUrl(idToken, startPage(uri));
        Response response = idpLogout
                .map(url -> Response.ok(new LogoutDto(url)))
                .orElseGet(Response::noContent)
                .build();
        SessionCookies.clear(response.getHeaders(), sessions);
        if (idToken != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, SsoResource.idTokenCookie("", 0, sessions));
        }
        return response;
    }

    /** The client's address as the proxy forwarding settings see it (the proxy's own address without them). */
    public static String clientAddress(HttpServerRequest request) {
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

    /** The web app's start page, as the browser reaches it (https when cookies are for HTTPS only). */
    private URI startPage(UriInfo uri) {
        URI base = uri.getBaseUri().resolve("/");
        return sessions.config().secureCookies() && "http".equals(base.getScheme())
                ? URI.create("https" + base.toString().substring(4))
                : base;
    }

    @GET
    @Path("me")
    public MeDto me() {
        return service.me();
    }

    /** The signed-in person's own settings: e-mail address, language of mails, weekly digest. */
    @GET
    @Path("me/settings")
    public Response settings(@HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.conditionalItem(ifNoneMatch, settings.get());
    }

    @PUT
    @Path("me/settings")
    public Response updateSettings(@HeaderParam("If-Match") String ifMatch, String body) {
        return Responses.item(settings.update(ifMatch, body));
    }
}
