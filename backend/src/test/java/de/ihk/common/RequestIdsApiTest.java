package de.ihk.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Every answer names its request id, and problem+json bodies carry the same one (validated against the contract). */
@QuarkusTest
class RequestIdsApiTest {

    @Test
    void aProblemCarriesTheRequestIdOfItsResponseHeader() {
        Response response = Api.anonymous().get("/api/v1/areas/{slug}", "no-such-area");
        assertThat(response.statusCode()).isEqualTo(404);
        String id = response.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(id);
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/v1/areas/no-such-area");
    }

    @Test
    void aSaneIncomingRequestIdIsKept() {
        Response response = Api.anonymous()
                .header("X-Request-Id", "proxy-4711.abc:1_2")
                .get("/api/v1/areas/{slug}", "no-such-area");
        assertThat(response.header("X-Request-Id")).isEqualTo("proxy-4711.abc:1_2");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo("proxy-4711.abc:1_2");

        Response ok = Api.anonymous().header("X-Request-Id", "abc123").get("/api/v1/target-groups");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.header("X-Request-Id")).isEqualTo("abc123");
    }

    @Test
    void anInsaneIncomingRequestIdIsReplaced() {
        for (String insane : new String[] {"a b", "<script>", "x".repeat(65), "é", "a\"b"}) {
            Response response = Api.anonymous().header("X-Request-Id", insane).get("/api/v1/areas/{slug}", "nope");
            assertThat(response.header("X-Request-Id")).as(insane).matches("[0-9a-f-]{36}");
            assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id"));
        }
    }

    @Test
    void eachRequestGetsItsOwnId() {
        String first = given().get("/api/v1").header("X-Request-Id");
        String second = given().get("/api/v1").header("X-Request-Id");
        assertThat(first).isNotBlank().isNotEqualTo(second);
    }

    @Test
    void refusalsOfTheHttpLayerCarryTheRequestIdToo() {
        Response response = given().header("X-Request-Id", "too-long-1")
                .accept("application/json")
                .get("/api/v1/areas?q=" + "x".repeat(5000));
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.header("X-Request-Id")).isEqualTo("too-long-1");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo("too-long-1");
    }

    @Test
    void validationProblemsCarryTheRequestId() {
        Response response = Api.badInput()
                .contentType("application/json")
                .body("{\"slug\": 1")
                .post("/api/v1/areas");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id"));
    }
}
