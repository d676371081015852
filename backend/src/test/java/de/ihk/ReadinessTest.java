package de.ihk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.DatabaseBehindProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Readiness follows the database: down while it is unreachable, up again by itself when it returns. */
@QuarkusTest
@QuarkusTestResource(value = DatabaseBehindProxy.class, restrictToAnnotatedClass = true)
class ReadinessTest {

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndRecovers() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));

        DatabaseBehindProxy.proxy().cut();
        try {
            awaitStatus(503);
            given().get("/q/health/ready").then().body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);
            given().accept("application/json").get("/api/v1/areas").then().statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            DatabaseBehindProxy.proxy().restore();
        }

        awaitStatus(200);
        given().accept("application/json").get("/api/v1/areas").then().statusCode(200);
    }

    private static void awaitStatus(int status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (given().get("/q/health/ready").statusCode() != status) {
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
