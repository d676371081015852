package de.ihk.auth;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.withToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionApiTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void forgetFailuresOfThisClient() throws SQLException {
        LoginProtectionApiTest.forgetClientFailures(dataSource);
    }

    private static String account(String role, List<String> areaIds, List<String> actorIds) {
        String username = Fixtures.unique("user");
        Credentials.account(username, role, areaIds, actorIds, "ein-langes-passwort");
        return username;
    }

    @Test
    void loginSetsAnHttpOnlySameSiteSessionCookieAndTellsWhoIAm() {
        String slug = Fixtures.area();
        String areaId = api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        String username = account("EDITOR", List.of(areaId), List.of());

        Response login = anonymous()
                .body(Map.of("username", username, "password", "ein-langes-passwort"))
                .post("/api/v1/auth/login");
        login.then().statusCode(200).body("role", equalTo("EDITOR")).body("areas[0].slug", equalTo(slug));
        String setCookie = String.join("\n", login.headers().getValues("Set-Cookie"));
        assertThat(setCookie).contains("ihk_session=").contains("ihk_csrf=");
        String session = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("ihk_session="))
                .findFirst()
                .orElseThrow();
        assertThat(session)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .contains("Path=/");
        String csrf = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("ihk_csrf="))
                .findFirst()
                .orElseThrow();
        assertThat(csrf).doesNotContainIgnoringCase("HttpOnly");

        given().cookie("ihk_session", login.getCookie("ihk_session"))
                .accept(ContentType.JSON)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(username))
                .body("role", equalTo("EDITOR"));
    }

    @Test
    void meWithoutCredentialsIsUnauthorized() {
        anonymous().get("/api/v1/auth/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void stateChangingRequestsWithTheCookieNeedTheCsrfToken() {
        Credentials.Session admin = Credentials.login(Credentials.ADMIN_USERNAME, Credentials.ADMIN_PASSWORD);
        String code = "CSRF_"
                + Fixtures.unique("x").substring(2, 8).toUpperCase(Locale.ROOT).replace('-', '_');
        Map<String, Object> group = Map.of("code", code, "labelDe", "Gruppe", "labelEn", "Group");

        given().contentType(ContentType.JSON)
                .accept("application/json, application/problem+json")
                .cookie("ihk_session", admin.cookie())
                .body(group)
                .post("/api/v1/target-groups")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .accept("application/json, application/problem+json")
                .cookie("ihk_session", admin.cookie())
                .header("X-CSRF-Token", "forged")
                .body(group)
                .post("/api/v1/target-groups")
                .then()
                .statusCode(403);
        anonymous().get("/api/v1/target-groups/{code}", code).then().statusCode(404);

        admin.request().body(group).post("/api/v1/target-groups").then().statusCode(201);
    }

    @Test
    void logoutClearsTheCookies() {
        Credentials.Session admin = Credentials.login(Credentials.ADMIN_USERNAME, Credentials.ADMIN_PASSWORD);
        Response logout = admin.request().post("/api/v1/auth/logout");
        logout.then().statusCode(204);
        assertThat(logout.headers().getValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("ihk_session=;") && c.contains("Max-Age=0"));
    }

    @Test
    void aForgedOrTamperedCookieCountsAsNoSession() {
        Credentials.Session admin = Credentials.login(Credentials.ADMIN_USERNAME, Credentials.ADMIN_PASSWORD);
        String tampered = admin.cookie().substring(0, admin.cookie().length() - 2) + "xx";
        given().cookie("ihk_session", tampered)
                .accept("application/json, application/problem+json")
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401);
    }

    @Test
    void repeatedFailedLoginsLockTheNameWithoutRevealingWhetherItExists() {
        String existing = account("ADMIN", List.of(), List.of());
        String unknown = Fixtures.unique("niemand");
        Response wrongForExisting = anonymous()
                .body(Map.of("username", existing, "password", "falsches-passwort"))
                .post("/api/v1/auth/login");
        Response wrongForUnknown = anonymous()
                .body(Map.of("username", unknown, "password", "falsches-passwort"))
                .post("/api/v1/auth/login");
        wrongForExisting.then().statusCode(401);
        wrongForUnknown.then().statusCode(401);
        assertThat(wrongForExisting.jsonPath().getString("detail"))
                .isEqualTo(wrongForUnknown.jsonPath().getString("detail"));

        for (int i = 0; i < 4; i++) {
            anonymous()
                    .body(Map.of("username", existing, "password", "falsches-passwort"))
                    .post("/api/v1/auth/login");
            anonymous()
                    .body(Map.of("username", unknown, "password", "falsches-passwort"))
                    .post("/api/v1/auth/login");
        }
        anonymous()
                .body(Map.of("username", existing, "password", "ein-langes-passwort"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
        anonymous()
                .body(Map.of("username", unknown, "password", "ein-langes-passwort"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429);
    }

    @Test
    void concurrentFirstUsesOfATokenAllSucceed() throws Exception {
        String token = Credentials.token("ADMIN", List.of(), List.of());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var statuses = pool.invokeAll(java.util.Collections.nCopies(16, (java.util.concurrent.Callable<Integer>)
                    () -> withToken(token).get("/api/v1/auth/me").statusCode()));
            for (var status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        String token = Credentials.token("ADMIN", List.of(), List.of());
        withToken(token).get("/api/v1/auth/me").then().statusCode(200).body("viaToken", equalTo(true));
        String id = api().get("/api/v1/tokens").then().extract().path("items.find { it.name == 'Token ADMIN' }.id");
        api().delete("/api/v1/tokens/{id}", id).then().statusCode(204);
        withToken(token).get("/api/v1/auth/me").then().statusCode(401).contentType("application/problem+json");
        withToken(token).get("/api/v1/areas").then().statusCode(401);
    }

    @Test
    void tokenSecretsAreShownOnceAndStoredOnlyAsHashes() {
        String areaId = api().get("/api/v1/areas/{slug}", Fixtures.area())
                .then()
                .extract()
                .path("id");
        Response created = api().body(Map.of(
                        "name",
                        "Ratsinformationssystem",
                        "role",
                        "EDITOR",
                        "expiresAt",
                        Instant.now().plus(30, ChronoUnit.DAYS).toString(),
                        "areaIds",
                        List.of(areaId)))
                .post("/api/v1/tokens");
        created.then().statusCode(201);
        String secret = created.path("secret");
        assertThat(secret).startsWith("ihk_");
        String id = created.path("token.id");
        api().get("/api/v1/tokens/{id}", id)
                .then()
                .statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
    }
}
