package de.ihk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The operational endpoints; they are not part of openapi.yaml, so responses are not validated against it. */
@QuarkusTest
class HealthApiTest {

    @Test
    void readinessIsUpAndIncludesTheDatabaseCheck() {
        given().accept("application/json")
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void livenessIsUp() {
        given().accept("application/json")
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposed() {
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(not(emptyString()))
                .body(containsString("jvm_"));
    }
}
