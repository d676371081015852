package de.ihk.web;

import static de.ihk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.common.RequestIds;
import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import de.ihk.testing.LogCapture;
import de.ihk.testing.ProductionLike;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.LogRecord;
import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.junit.jupiter.api.Test;

/**
 * Behind a TLS-terminating proxy ({@link ProductionLike}): URLs in answers are the public ones, HTTPS answers carry
 * HSTS, CORS admits the configured origin only, the client address is the one the proxy saw (in the access log and
 * for the login throttle), and logs are JSON.
 */
@QuarkusTest
@TestProfile(ProductionLike.class)
class ProductionLikeSettingsTest {

    private static final String PUBLIC = "https://ihk.example.de";

    @Test
    void locationOfACreatedRecordIsThePublicHttpsUrl() {
        String slug = Fixtures.unique("proxied");
        Response created = api().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "ihk.example.de")
                .body(Fixtures.areaBody(slug, slug))
                .post("/api/v1/areas");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(PUBLIC + "/api/v1/areas/" + slug);
    }

    @Test
    void linksOfAPageAreThePublicHttpsUrls() {
        Fixtures.area();
        Fixtures.area();
        Response page = api().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "ihk.example.de")
                .queryParam("size", 1)
                .get("/api/v1/areas");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Link"))
                .startsWith("<" + PUBLIC + "/api/v1/areas?")
                .contains(", <" + PUBLIC + "/api/v1/areas?")
                .doesNotContain("http://");
    }

    @Test
    void httpsAnswersCarryHstsAndPlainOnesDoNot() {
        Response https = given().header("X-Forwarded-Proto", "https").get("/api/v1");
        assertThat(https.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(https.header("Content-Security-Policy")).isEqualTo(SecurityHeadersTest.APP_POLICY);
        Response http = given().header("X-Forwarded-Proto", "http").get("/api/v1");
        assertThat(http.header("Strict-Transport-Security")).isNull();
        assertThat(given().get("/api/v1").header("Strict-Transport-Security")).isNull();
    }

    @Test
    void theCitySiteMayFrameTheEmbedsButNoSiteMayFrameTheAppsPages() {
        String embedPolicy = SecurityHeadersTest.APP_POLICY.replace(
                "frame-ancestors 'none'", "frame-ancestors 'self' " + ProductionLike.CITY_SITE);
        assertThat(given().accept("text/html")
                        .get("/embed/areas/schinkel/committee-dates")
                        .header("Content-Security-Policy"))
                .isEqualTo(embedPolicy);
        assertThat(given().accept("text/html")
                        .get("/en/embed/areas/schinkel/map")
                        .header("Content-Security-Policy"))
                .isEqualTo(embedPolicy);
        for (String page :
                new String[] {"/", "/areas/schinkel", "/areas/schinkel/measures/new", "/login", "/admin/accounts"}) {
            assertThat(given().accept("text/html").get(page).header("Content-Security-Policy"))
                    .as(page)
                    .isEqualTo(SecurityHeadersTest.APP_POLICY);
        }
        assertThat(given().accept("application/json").get("/api/v1/areas").header("Content-Security-Policy"))
                .isEqualTo(SecurityHeadersTest.APP_POLICY);
    }

    @Test
    void corsAdmitsTheConfiguredOriginOnly() {
        Response partner = given().header("Origin", ProductionLike.PARTNER)
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/areas");
        assertThat(partner.header("Access-Control-Allow-Origin")).isEqualTo(ProductionLike.PARTNER);
        Response read = given().header("Origin", ProductionLike.PARTNER)
                .accept("application/json")
                .get("/api/v1/areas");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(ProductionLike.PARTNER);
        assertThat(read.header("Access-Control-Expose-Headers"))
                .contains("ETag")
                .contains("X-Request-Id");

        Response other = given().header("Origin", "https://elsewhere.example.org")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/areas");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theAppsOwnPagesStillWriteBehindTheProxy() {
        // A browser sends Origin with every POST, also to its own origin; the CORS filter must let that through.
        String slug = Fixtures.unique("same-origin");
        Response created = api().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "ihk.example.de")
                .header("Origin", PUBLIC)
                .body(Fixtures.areaBody(slug, slug))
                .post("/api/v1/areas");
        assertThat(created.statusCode()).isEqualTo(201);
    }

    @Test
    void failedLoginsCountPerForwardedClientAddress() {
        String guesser = "203.0.113.66";
        for (int i = 0; i < 20; i++) {
            loginFrom(guesser, Fixtures.unique("guess"), "falsches-passwort")
                    .then()
                    .statusCode(401);
        }
        Response refused = loginFrom(guesser, Credentials.ADMIN_USERNAME, Credentials.ADMIN_PASSWORD);
        refused.then().statusCode(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        // Everyone else behind the same proxy logs in as before.
        loginFrom("198.51.100.23", Credentials.ADMIN_USERNAME, Credentials.ADMIN_PASSWORD)
                .then()
                .statusCode(200);
    }

    private static Response loginFrom(String client, String username, String password) {
        return given().contentType("application/json")
                .accept("application/json, application/problem+json")
                .header("X-Forwarded-For", client)
                .body(java.util.Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    @Test
    void theAccessLogNamesTheForwardedClientAndTheRequestId() throws InterruptedException {
        try (LogCapture log = LogCapture.of("io.quarkus.http.access-log")) {
            given().header("X-Forwarded-For", "203.0.113.7")
                    .header("X-Request-Id", "access-log-1")
                    .get("/api/v1")
                    .then()
                    .statusCode(200);
            String line = awaitLine(log, "access-log-1");
            assertThat(line).startsWith("203.0.113.7 ").contains("\"GET /api/v1 HTTP/1.1\" 200");
        }
    }

    @Test
    void logLinesAreJsonWithTimestampAndRequestId() throws Exception {
        MDC.put(RequestIds.KEY, "req-json-1");
        try {
            ExtLogRecord record = new ExtLogRecord(
                    Level.WARN, "The database is gone", getClass().getName());
            record.setLoggerName("de.ihk.common.ProblemMappers");
            String line = LogCapture.consoleFormatter().format(record);
            JsonNode json = new ObjectMapper().readTree(line);
            assertThat(json.path("message").asText()).isEqualTo("The database is gone");
            assertThat(json.path("level").asText()).isEqualTo("WARN");
            assertThat(json.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");
            assertThat(json.path("mdc").path("requestId").asText()).isEqualTo("req-json-1");
            assertThat(line.strip()).doesNotContain("\n");
        } finally {
            MDC.remove(RequestIds.KEY);
        }
    }

    private static String awaitLine(LogCapture log, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            for (LogRecord record : log.records()) {
                String message = record.getMessage();
                if (message != null && message.contains(text)) {
                    return message;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError(
                "no access log line with " + text + " in " + log.records().size() + " records");
    }
}
