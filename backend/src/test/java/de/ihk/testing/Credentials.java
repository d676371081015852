package de.ihk.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Credentials for tests: the administrator created from the test configuration, and API tokens
 * an admin creates for other roles.
 */
public final class Credentials {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private static String adminToken;

    private Credentials() {}

    /** A bearer token with the admin role, created once per test run. */
    public static synchronized String adminToken() {
        if (adminToken == null) {
            Session admin = login(ADMIN_USERNAME, ADMIN_PASSWORD);
            adminToken = admin.request()
                    .body(Map.of(
                            "name",
                            "Test suite",
                            "role",
                            "ADMIN",
                            "expiresAt",
                            Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                    .post("/api/v1/tokens")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("secret");
        }
        return adminToken;
    }

    /** A token for the given role, bound to areas (editor) or actors (contributor). */
    public static String token(String role, List<String> areaIds, List<String> actorIds) {
        return given().header("Authorization", "Bearer " + adminToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Token " + role,
                        "role",
                        role,
                        "expiresAt",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                        "areaIds",
                        areaIds,
                        "actorIds",
                        actorIds))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
    }

    /** The body of an account as an admin writes it; without a password when {@code password} is null. */
    public static Map<String, Object> accountBody(
            String username, String role, List<String> areaIds, List<String> actorIds, String password) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "username", username,
                "displayName", "Person " + username,
                "role", role,
                "areaIds", areaIds,
                "actorIds", actorIds));
        if (password != null) {
            body.put("password", password);
        }
        return body;
    }

    /** Creates an account (as the admin) and answers its id. */
    public static String account(
            String username, String role, List<String> areaIds, List<String> actorIds, String password) {
        return given().header("Authorization", "Bearer " + adminToken())
                .contentType(ContentType.JSON)
                .body(accountBody(username, role, areaIds, actorIds, password))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Logs in like the browser app does; the session carries the cookies and the CSRF token. */
    public static Session login(String username, String password) {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
        response.then().statusCode(200);
        return new Session(response.getCookie("ihk_session"), response.getCookie("ihk_csrf"));
    }

    public record Session(String cookie, String csrf) {

        /** A request with the session cookie and the CSRF header. */
        public io.restassured.specification.RequestSpecification request() {
            return given().contentType(ContentType.JSON)
                    .accept(Api.ACCEPT)
                    .cookie("ihk_session", cookie)
                    .cookie("ihk_csrf", csrf)
                    .header("X-CSRF-Token", csrf);
        }
    }
}
