package de.ihk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.ihk.testing.Api;
import de.ihk.testing.Management;
import de.ihk.web.AnswerCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The operational endpoints, on the management port only; they are not part of openapi.yaml, so responses are not
 * validated against it.
 */
@QuarkusTest
class HealthApiTest {

    @Inject
    AnswerCache cache;

    @Test
    void readinessIsUpAndIncludesTheDatabaseCheck() {
        Management.given()
                .accept("application/json")
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void livenessIsUp() {
        Management.given()
                .accept("application/json")
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposed() {
        Management.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(not(emptyString()))
                .body(containsString("jvm_"))
                .body(containsString("ihk_answer_cache_entries"))
                .body(containsString("ihk_answer_cache_size_bytes"));
    }

    @Test
    void healthAndMetricsAreNotServedOnThePublicPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void theContractStaysOnThePublicPort() {
        given().get("/q/openapi").then().statusCode(200);
        Management.given().get("/q/openapi").then().statusCode(404);
    }

    @Test
    void answerCacheHitsAndMissesAreCounted() {
        cache.setEnabled(true);
        try {
            double hits = metric("ihk_answer_cache_hits_total");
            double misses = metric("ihk_answer_cache_misses_total");
            Api.anonymous().get("/api/v1/target-groups").then().statusCode(200);
            Api.anonymous().get("/api/v1/target-groups").then().statusCode(200);
            assertThat(metric("ihk_answer_cache_misses_total")).isGreaterThan(misses);
            assertThat(metric("ihk_answer_cache_hits_total")).isGreaterThan(hits);
            assertThat(metric("ihk_answer_cache_entries")).isPositive();
            assertThat(metric("ihk_answer_cache_size_bytes")).isPositive();
        } finally {
            cache.setEnabled(false);
        }
    }

    private static double metric(String name) {
        String body = Management.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher value =
                Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$").matcher(body);
        assertThat(value.find()).as("%s in /q/metrics", name).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
