package de.ihk.auth;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.badInput;
import static org.hamcrest.Matchers.equalTo;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminSetupApiTest {

    @Inject
    AdminSetup setup;

    @Test
    void theSetupLinkCreatesTheAdministratorOnce() {
        String token = setup.issue();
        String username = Fixtures.unique("it-admin");
        Map<String, String> body = Map.of("token", token, "username", username, "password", "lange-geheime-phrase");

        badInput()
                .contentType("application/json")
                .body(Map.of("token", token, "username", username, "password", "kurz"))
                .post("/api/v1/auth/setup")
                .then()
                .statusCode(400);
        anonymous()
                .body(Map.of(
                        "token", token, "username", Credentials.ADMIN_USERNAME, "password", "lange-geheime-phrase"))
                .post("/api/v1/auth/setup")
                .then()
                .statusCode(409);
        anonymous()
                .body(body)
                .post("/api/v1/auth/setup")
                .then()
                .statusCode(201)
                .body("role", equalTo("ADMIN"))
                .body("username", equalTo(username));
        Credentials.login(username, "lange-geheime-phrase");

        anonymous().body(body).post("/api/v1/auth/setup").then().statusCode(404);
    }

    @Test
    void anUnknownSetupLinkCreatesNothing() {
        anonymous()
                .body(Map.of("token", "erfunden", "username", Fixtures.unique("x"), "password", "lange-geheime-phrase"))
                .post("/api/v1/auth/setup")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
