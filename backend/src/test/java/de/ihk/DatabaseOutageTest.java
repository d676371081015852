package de.ihk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.Api;
import de.ihk.testing.Credentials;
import de.ihk.testing.DatabaseBehindProxy;
import de.ihk.testing.Fixtures;
import de.ihk.testing.Management;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * How the application behaves when the database goes away: readiness follows it, and a write whose commit was cut
 * off says that it may have been stored instead of claiming that nothing happened.
 */
@QuarkusTest
@QuarkusTestResource(value = DatabaseBehindProxy.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest {

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndRecovers() {
        Management.given()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));

        DatabaseBehindProxy.proxy().cut();
        try {
            awaitStatus(503);
            Management.given().get("/q/health/ready").then().body("status", equalTo("DOWN"));
            Management.given().get("/q/health/live").then().statusCode(200);
            given().accept("application/json")
                    .get("/api/v1/areas")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json");
            // an area's page still loads the app (without its pre-rendered frame), which then shows the outage
            given().accept("text/html")
                    .get("/areas/schinkel")
                    .then()
                    .statusCode(200)
                    .body(containsString("<div id=\"root\"></div>"));
        } finally {
            DatabaseBehindProxy.proxy().restore();
        }

        awaitStatus(200);
        given().accept("application/json").get("/api/v1/areas").then().statusCode(200);
    }

    @Test
    void aWriteWhoseCommitIsCutOffSaysThatItMayHaveBeenStored() throws Exception {
        try (Connection db = database();
                Statement sql = db.createStatement()) {
            sql.execute("""
                    CREATE OR REPLACE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.name LIKE 'Langsam%' THEN PERFORM pg_sleep(3); END IF;
                        RETURN NULL;
                    END $$""");
            sql.execute("""
                    CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON area DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW EXECUTE FUNCTION slow_commit()""");
        }
        String slug = Fixtures.unique("langsam");
        Map<String, Object> area = Fixtures.areaBody(slug, slug);
        area.put("name", "Langsam " + slug);
        Api.api().get("/api/v1/areas").then().statusCode(200); // the admin token exists before the cut
        CompletableFuture<Response> write = CompletableFuture.supplyAsync(() -> given().accept(Api.ACCEPT)
                .contentType("application/json")
                .header("Authorization", "Bearer " + Credentials.adminToken())
                .body(area)
                .post("/api/v1/areas"));
        try {
            Thread.sleep(1500); // the commit is now waiting in the trigger
            DatabaseBehindProxy.proxy().cut();
            Response answer = write.get(30, TimeUnit.SECONDS);
            answer.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/outcome-unknown"))
                    .body("detail", containsString("may have been stored"));
        } finally {
            DatabaseBehindProxy.proxy().restore();
            awaitStatus(200);
            try (Connection db = database();
                    Statement sql = db.createStatement()) {
                sql.execute("DROP TRIGGER slow_commit ON area");
                sql.execute("DROP FUNCTION slow_commit()");
            }
        }
        Api.api().get("/api/v1/areas/{slug}", slug).then().statusCode(200); // it was stored indeed
    }

    @Test
    void connectionsEndedByTheDatabaseAdministratorAreAnsweredWith503NotWith500() throws Exception {
        Api.api().get("/api/v1/areas").then().statusCode(200);
        try (Connection db = database();
                Statement sql = db.createStatement()) {
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND usename = current_user");
        }
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30 && !statuses.contains(200); i++) {
            Response answer = given().accept(Api.ACCEPT).get("/api/v1/areas");
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 503) {
                answer.then()
                        .contentType("application/problem+json")
                        .header("Retry-After", "10")
                        .body("type", equalTo("/problems/service-unavailable"));
            }
        }
        assertThat(statuses)
                .allMatch(status -> status == 200 || status == 503, "200 or 503")
                .contains(200);
    }

    private static Connection database() throws Exception {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static void awaitStatus(int status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Management.given().get("/q/health/ready").statusCode() != status) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("/q/health/ready did not answer " + status + " within 30 seconds");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
