package de.ihk.auth;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.ihk.access.Role;
import de.ihk.testing.Fixtures;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on without an identity provider: what the API says when it is not configured, and how an account follows
 * the groups of its ID token (the flow through a real Keycloak is the end-to-end test frontend/e2e/sso.test.mjs).
 */
@QuarkusTest
class SingleSignOnApiTest {

    @Inject
    SsoService sso;

    @Test
    void withoutAnIssuerTheOptionsOfferPasswordsOnly() {
        anonymous()
                .get("/api/v1/auth/options")
                .then()
                .statusCode(200)
                .body("sso", equalTo(false))
                .body("localLogin", equalTo(true));
    }

    @Test
    void withoutAnIssuerTheSingleSignOnLoginIsNotThere() {
        anonymous()
                .redirects()
                .follow(false)
                .get("/api/v1/auth/oidc/login")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("Single sign-on is not configured here."));
    }

    @Test
    void logoutWithoutSingleSignOnClearsTheKeptIdTokenToo() {
        Response logout = anonymous().cookie("ihk_sso", "eyJ.eyJ.sig").post("/api/v1/auth/logout");
        logout.then().statusCode(204);
        assertThat(logout.headers().getValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("ihk_sso=;").contains("Max-Age=0"));
    }

    @Test
    void theAccountFollowsItsGroupsOnEverySignOn() {
        String schinkel = Fixtures.area();
        String nordviertel = Fixtures.area();
        String subject = Fixtures.unique("subject");
        String username = Fixtures.unique("sso");

        SsoService.Outcome first =
                inRequest(() -> sso.signIn(identity(subject, username, "ihk-redaktion-" + schinkel)));
        assertThat(first.refusal()).isNull();
        String id = first.account().id.toString();
        api().get("/api/v1/accounts/{id}", id)
                .then()
                .statusCode(200)
                .body("role", equalTo("EDITOR"))
                .body("areas.slug", equalTo(List.of(schinkel)))
                .body("enabled", equalTo(true));

        inRequest(() -> sso.signIn(identity(subject, username, "ihk-redaktion-" + nordviertel)));
        api().get("/api/v1/accounts/{id}", id).then().body("areas.slug", equalTo(List.of(nordviertel)));

        SsoService.Outcome none = inRequest(() -> sso.signIn(identity(subject, username, "staff")));
        assertThat(none.refusal()).isEqualTo(SsoService.Refusal.NO_ROLE);
        api().get("/api/v1/accounts/{id}", id).then().body("enabled", equalTo(false));

        SsoService.Outcome back = inRequest(() -> sso.signIn(identity(subject, username, "ihk-admin")));
        assertThat(back.account().role).isEqualTo(Role.ADMIN);
        api().get("/api/v1/accounts/{id}", id)
                .then()
                .body("enabled", equalTo(true))
                .body("role", equalTo("ADMIN"))
                .body("areas", equalTo(List.of()));
    }

    @Test
    void anAccountDisabledByAnAdministratorStaysDisabled() {
        String slug = Fixtures.area();
        String subject = Fixtures.unique("subject");
        String username = Fixtures.unique("sso");
        SsoService.Outcome first = inRequest(() -> sso.signIn(identity(subject, username, "ihk-redaktion-" + slug)));
        String id = first.account().id.toString();
        Response account = api().get("/api/v1/accounts/{id}", id);
        String areaId = api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        api().header("If-Match", account.header("ETag"))
                .body(Map.of(
                        "username",
                        username,
                        "displayName",
                        "Disabled",
                        "role",
                        "EDITOR",
                        "areaIds",
                        List.of(areaId),
                        "actorIds",
                        List.of(),
                        "enabled",
                        false))
                .put("/api/v1/accounts/{id}", id)
                .then()
                .statusCode(200);

        SsoService.Outcome again = inRequest(() -> sso.signIn(identity(subject, username, "ihk-redaktion-" + slug)));
        assertThat(again.refusal()).isEqualTo(SsoService.Refusal.DISABLED);
        api().get("/api/v1/accounts/{id}", id).then().body("enabled", equalTo(false));
    }

    @Test
    void aLocalAccountsUserNameIsNotTakenOver() {
        String slug = Fixtures.area();
        SsoService.Outcome outcome =
                inRequest(() -> sso.signIn(identity(Fixtures.unique("subject"), "admin", "ihk-redaktion-" + slug)));
        assertThat(outcome.refusal()).isEqualTo(SsoService.Refusal.USERNAME_TAKEN);
    }

    private static SsoService.Identity identity(String subject, String username, String... groups) {
        return new SsoService.Identity(
                "https://idp.example/realms/city", subject, username, "Person " + username, List.of(groups));
    }

    private static <T> T inRequest(Supplier<T> call) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return call.get();
        } finally {
            context.terminate();
        }
    }
}
