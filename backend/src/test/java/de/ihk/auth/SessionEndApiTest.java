package de.ihk.auth;

import static de.ihk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A session ends for good: a copy of its cookie does not work after logout, a new password, a new role or disabling. */
@QuarkusTest
class SessionEndApiTest {

    private static final String PASSWORD = "ein-langes-passwort";

    @ConfigProperty(name = "ihk.session.secure-cookies")
    boolean secureCookies;

    @ConfigProperty(name = "ihk.demo-data.enabled")
    boolean demoData;

    private record Person(String id, String username) {}

    private static Person person() {
        String username = Fixtures.unique("person");
        return new Person(Credentials.account(username, "ADMIN", List.of(), List.of(), PASSWORD), username);
    }

    private static Map<String, Object> accountBody(String username, String role, String password) {
        return Credentials.accountBody(username, role, List.of(), List.of(), password);
    }

    private static int me(Credentials.Session session) {
        return given().cookie("ihk_session", session.cookie())
                .accept("application/json, application/problem+json")
                .get("/api/v1/auth/me")
                .statusCode();
    }

    private static void update(Person person, Map<String, Object> body) {
        String etag =
                api().get("/api/v1/accounts/{id}", person.id()).then().extract().header("ETag");
        api().header("If-Match", etag)
                .body(body)
                .put("/api/v1/accounts/{id}", person.id())
                .then()
                .statusCode(200);
    }

    @Test
    void logoutEndsEverySessionOfTheAccountAlsoACopiedCookie() {
        Person person = person();
        Credentials.Session laptop = Credentials.login(person.username(), PASSWORD);
        Credentials.Session phone = Credentials.login(person.username(), PASSWORD);
        Credentials.Session someoneElse = Credentials.login(person().username(), PASSWORD);
        assertThat(me(laptop)).isEqualTo(200);

        laptop.request().post("/api/v1/auth/logout").then().statusCode(204);

        assertThat(me(laptop)).isEqualTo(401);
        assertThat(me(phone)).isEqualTo(401);
        assertThat(laptop.request()
                        .body(Map.of("code", "X", "labelDe", "x", "labelEn", "x"))
                        .post("/api/v1/target-groups")
                        .statusCode())
                .isEqualTo(401);
        assertThat(me(someoneElse)).isEqualTo(200);
        Credentials.login(person.username(), PASSWORD); // a new login works
    }

    @Test
    void aNewPasswordEndsTheSessions() {
        Person person = person();
        Credentials.Session session = Credentials.login(person.username(), PASSWORD);
        update(person, accountBody(person.username(), "ADMIN", "ein-ganz-neues-passwort"));
        assertThat(me(session)).isEqualTo(401);
    }

    @Test
    void anotherRoleEndsTheSessionsButANewDisplayNameDoesNot() {
        Person person = person();
        Credentials.Session session = Credentials.login(person.username(), PASSWORD);
        Map<String, Object> renamed = accountBody(person.username(), "ADMIN", null);
        renamed.put("displayName", "Neuer Name");
        update(person, renamed);
        assertThat(me(session)).isEqualTo(200);

        String areaId = api().get("/api/v1/areas/{slug}", Fixtures.area())
                .then()
                .extract()
                .path("id");
        Map<String, Object> editor = accountBody(person.username(), "EDITOR", null);
        editor.put("areaIds", List.of(areaId));
        update(person, editor);
        assertThat(me(session)).isEqualTo(401);
    }

    @Test
    void disablingEndsTheSessions() {
        Person person = person();
        Credentials.Session session = Credentials.login(person.username(), PASSWORD);
        Map<String, Object> disabled = accountBody(person.username(), "ADMIN", null);
        disabled.put("enabled", false);
        update(person, disabled);
        assertThat(me(session)).isEqualTo(401);
    }

    @Test
    void anAdminLogsAnAccountOutEverywhereWithoutChangingIt() {
        Person person = person();
        Credentials.Session session = Credentials.login(person.username(), PASSWORD);
        String etag =
                api().get("/api/v1/accounts/{id}", person.id()).then().extract().header("ETag");

        api().delete("/api/v1/accounts/{id}/sessions", person.id()).then().statusCode(204);

        assertThat(me(session)).isEqualTo(401);
        api().get("/api/v1/accounts/{id}", person.id()).then().header("ETag", etag);
        Credentials.login(person.username(), PASSWORD);
        api().delete("/api/v1/accounts/{id}/sessions", "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
                .then()
                .statusCode(404);
    }

    @Test
    void productionDefaultsSendCookiesOnlyOverHttpsAndLoadNoDemoData() {
        // Neither is set for the tests, so these are the defaults a production start gets.
        assertThat(secureCookies).isTrue();
        assertThat(demoData).isFalse();
        Response login = given().contentType("application/json")
                .body(Map.of("username", Credentials.ADMIN_USERNAME, "password", Credentials.ADMIN_PASSWORD))
                .post("/api/v1/auth/login");
        login.then().statusCode(200);
        assertThat(login.headers().getValues("Set-Cookie"))
                .hasSize(2)
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure").containsIgnoringCase("SameSite=Strict"));
    }
}
