package de.ihk.auth;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginProtectionApiTest {

    private static final String PASSWORD = "ein-langes-passwort";

    @Inject
    DataSource dataSource;

    /** Every test client is 127.0.0.1: its failures must not slow down the logins of later tests. */
    @AfterEach
    void forgetFailuresOfThisClient() throws SQLException {
        forgetClientFailures(dataSource);
    }

    static void forgetClientFailures(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM login_throttle WHERE throttle_key LIKE 'client:%'");
        }
    }

    private static String account(String username) {
        Credentials.account(username, "ADMIN", List.of(), List.of(), PASSWORD);
        return username;
    }

    private static Response login(String username, String password) {
        return anonymous()
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    @Test
    void aNameWrittenWithADottedCapitalIIsAnotherNameForTheLookupAndTheThrottleAlike() {
        String name = account("ilse-" + Fixtures.unique("x").substring(2, 8));
        for (int i = 0; i < 5; i++) {
            login(name, "falsches-passwort").then().statusCode(401);
        }
        login(name.toUpperCase(Locale.ROOT), PASSWORD).then().statusCode(429);
        // Before, "İLSE-…" found the account (PostgreSQL's lower) but not the throttle's counter (Java's): a way round.
        Response dotted = login(name.toUpperCase(Locale.ROOT).replace('I', 'İ'), PASSWORD);
        assertThat(dotted.statusCode()).isEqualTo(401);
    }

    @Test
    void failuresForANameMakeTheNextLoginWaitAndTheRightPasswordWorksAfterTheWait() throws Exception {
        String name = account("waiting-" + Fixtures.unique("x").substring(2, 8));
        for (int i = 0; i < 5; i++) {
            login(name, "falsches-passwort").then().statusCode(401);
        }
        Response refused = login(name, PASSWORD);
        refused.then().statusCode(429).contentType("application/problem+json");
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertThat(wait).isBetween(10L, 16L);
        Thread.sleep(wait * 1000 + 100);
        login(name, PASSWORD).then().statusCode(200);
    }

    @Test
    void manyFailuresFromOneClientSlowDownEveryLoginFromIt() {
        String name = account("client-" + Fixtures.unique("x").substring(2, 8));
        for (int i = 0; i < 20; i++) {
            login(Fixtures.unique("guess"), "falsches-passwort").then().statusCode(401);
        }
        Response refused = login(name, PASSWORD);
        refused.then().statusCode(429);
        assertThat(refused.header("Retry-After")).isNotNull();
    }

    @Test
    void namesThatCollideAfterNormalisationAreRefused() {
        String name = account("grete-" + Fixtures.unique("x").substring(2, 8));
        api().body(Credentials.accountBody(name.toUpperCase(Locale.ROOT), "ADMIN", List.of(), List.of(), PASSWORD))
                .post("/api/v1/accounts")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }
}
