package de.ihk.common;

import static de.ihk.testing.Api.RESPONSES_ONLY;
import static de.ihk.testing.Api.badInput;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.Api;
import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Input is taken as the contract types it and refused with a clear 400 otherwise, after authentication and
 * authorisation; what PostgreSQL cannot store (a NUL character, a date beyond its range) is a 400 as well, never a 500.
 */
@QuarkusTest
class StrictInputApiTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type));
    }

    private static String need(String actionField, String extra) {
        return "{\"actionFieldId\": \"" + actionField
                + "\", \"code\": \"B1\", \"title\": \"Bedarf\", \"priority\": \"HIGH\"" + extra + "}";
    }

    @Test
    void aNumberOrABooleanIsNoString() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "F1");
        for (String value : List.of("12", "12.5", "true")) {
            problem(
                            badInput()
                                    .contentType("application/json")
                                    .body(need(field, ", \"description\": " + value))
                                    .post("/api/v1/areas/{slug}/needs", slug)
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", equalTo(List.of("description")))
                    .body("errors[0].message", containsString("must be a string"));
        }
    }

    @Test
    void aStringOrAFractionIsNoWholeNumber() {
        for (String value : List.of("\"5\"", "1.5")) {
            String body = "{\"code\": \"F1\", \"title\": \"Bildung\", \"position\": " + value + "}";
            problem(
                            badInput()
                                    .contentType("application/json")
                                    .body(body)
                                    .post("/api/v1/areas/{slug}/action-fields", Fixtures.area())
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", equalTo(List.of("position")));
        }
    }

    @Test
    void aNumberIsNoDate() {
        String slug = Fixtures.area();
        String body = "{\"label\": \"IHK 2022\", \"publishedOn\": 12345}";
        problem(
                        badInput()
                                .contentType("application/json")
                                .body(body)
                                .post("/api/v1/areas/{slug}/editions", slug)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", equalTo(List.of("publishedOn")))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    @Test
    void aListMayBeLeftOutButNotBeNull() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "F1");
        String need = Fixtures.need(slug, field, "B1");
        Map<String, Object> measure = Fixtures.measureBody("M1", field);
        measure.put("needIds", List.of(need));
        String id = Fixtures.measure(slug, measure);
        String path = "/api/v1/areas/" + slug + "/measures/" + id;

        String body = "{\"code\": \"M1\", \"title\": \"Maßnahme\", \"actionFieldId\": \"" + field
                + "\", \"status\": \"PLANNED\", \"priority\": \"LOW\", \"needIds\": null}";
        problem(
                        badInput()
                                .contentType("application/json")
                                .header("If-Match", Fixtures.etag(path))
                                .body(body)
                                .put(path)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", equalTo(List.of("needIds")));
        Api.api().get(path).then().body("needs.id", equalTo(List.of(need)));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415() {
        problem(
                badInput()
                        .contentType("text/plain")
                        .body(Fixtures.areaBody("x-y", "x").toString())
                        .post("/api/v1/areas")
                        .then(),
                415,
                "unsupported-media-type");
        problem(
                badInput()
                        .contentType("application/x-www-form-urlencoded")
                        .body("slug=x")
                        .post("/api/v1/areas")
                        .then(),
                415,
                "unsupported-media-type");
    }

    @Test
    void ifMatchStarIsRefused() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "F1");
        String path = "/api/v1/areas/" + slug + "/action-fields/" + field;
        problem(
                        badInput()
                                .contentType("application/json")
                                .header("If-Match", "*")
                                .body(Map.of("code", "F1", "title", "Neu"))
                                .put(path)
                                .then(),
                        428,
                        "precondition-required")
                .body("detail", containsString("If-Match: *"));
        problem(badInput().header("If-Match", "*").delete(path).then(), 428, "precondition-required");
        Api.api().get(path).then().statusCode(200).body("title", equalTo("Handlungsfeld F1"));
    }

    @Test
    void theNulCharacterIsRefusedEverywhere() {
        problem(
                given().urlEncodingEnabled(false)
                        .filter(RESPONSES_ONLY)
                        .accept(Api.ACCEPT)
                        .get("/api/v1/search?q=a%00b")
                        .then(),
                400,
                "malformed-request");
        problem(
                given().urlEncodingEnabled(false)
                        .filter(RESPONSES_ONLY)
                        .accept(Api.ACCEPT)
                        .get("/api/v1/areas/a%00b")
                        .then(),
                400,
                "malformed-request");
        problem(
                given().urlEncodingEnabled(false)
                        .filter(RESPONSES_ONLY)
                        .accept(Api.ACCEPT)
                        .get("/api/v1/areas?municipality=x%00")
                        .then(),
                400,
                "malformed-request");
        String slug = Fixtures.area();
        problem(
                        badInput()
                                .contentType("application/json")
                                .body("{\"code\": \"F1\", \"title\": \"Bil\\u0000dung\"}")
                                .post("/api/v1/areas/{slug}/action-fields", slug)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", equalTo(List.of("title")))
                .body("errors[0].message", containsString("NUL"));
    }

    @Test
    void anExpiryFarInTheFutureIsRefused() {
        for (String expiresAt : List.of(
                "+999999999-12-31T23:59:59Z",
                Instant.now().plus(4000, ChronoUnit.DAYS).toString())) {
            problem(
                            badInput()
                                    .contentType("application/json")
                                    .body(Map.of("name", "Für immer", "role", "ADMIN", "expiresAt", expiresAt))
                                    .post("/api/v1/tokens")
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", hasItem("expiresAt"));
        }
    }

    @Test
    void authenticationAndAuthorisationComeBeforeValidation() {
        String invalid = "{\"slug\": 5, \"nmae\": \"Tippfehler\"}";
        problem(
                given().filter(RESPONSES_ONLY)
                        .accept(Api.ACCEPT)
                        .contentType("application/json")
                        .body(invalid)
                        .post("/api/v1/areas")
                        .then(),
                401,
                "unauthorized");
        problem(
                given().filter(RESPONSES_ONLY)
                        .accept(Api.ACCEPT)
                        .contentType("text/plain")
                        .body("kein JSON")
                        .put("/api/v1/areas/schinkel")
                        .then(),
                401,
                "unauthorized");

        String slug = Fixtures.area();
        String areaId =
                Api.api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        String editor = Credentials.token("EDITOR", List.of(areaId), List.of());
        problem(
                given().filter(RESPONSES_ONLY)
                        .accept(Api.ACCEPT)
                        .header("Authorization", "Bearer " + editor)
                        .contentType("application/json")
                        .body(invalid)
                        .post("/api/v1/areas")
                        .then(),
                403,
                "forbidden");
        String other = Fixtures.area();
        problem(
                given().filter(RESPONSES_ONLY)
                        .accept(Api.ACCEPT)
                        .header("Authorization", "Bearer " + editor)
                        .contentType("application/json")
                        .body("{\"code\": 7}")
                        .post("/api/v1/areas/{slug}/action-fields", other)
                        .then(),
                404,
                "not-found");
        problem(
                given().filter(RESPONSES_ONLY)
                        .accept(Api.ACCEPT)
                        .header("Authorization", "Bearer " + editor)
                        .contentType("application/json")
                        .body("{\"code\": 7}")
                        .post("/api/v1/areas/{slug}/action-fields", slug)
                        .then(),
                400,
                "validation");
    }
}
