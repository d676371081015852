package de.ihk.common;

import static de.ihk.testing.Api.badInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Bad input never yields a 5xx: every kind of malformed request gets a problem+json a person understands. */
@QuarkusTest
class BadInputApiTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    private static String validArea(String extra) {
        return """
                {"slug": "%s", "name": "Nordviertel", "municipality": "Musterstadt", "programme": "Sozialer Zusammenhalt"%s}""".formatted(Fixtures.unique("bad"), extra);
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        problem(
                        badInput()
                                .contentType("application/json")
                                .body("{\"slug\": \"x\",")
                                .post("/api/v1/areas")
                                .then(),
                        400)
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        problem(
                        badInput()
                                .contentType("application/json")
                                .body(validArea(", \"inhabitants\": \"viele\""))
                                .post("/api/v1/areas")
                                .then(),
                        400)
                .body("errors.field", hasItem("inhabitants"))
                .body("errors.message", hasItem(containsString("not a whole number")));
    }

    @Test
    void unknownPropertiesAreRefusedAsTypos() {
        problem(
                        badInput()
                                .contentType("application/json")
                                .body(validArea(", \"nmae\": \"Tippfehler\""))
                                .post("/api/v1/areas")
                                .then(),
                        400)
                .body("errors.field", hasItem("nmae"))
                .body("errors.message", hasItem(containsString("Unknown property 'nmae'")));
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String body = """
                {"code": "M1", "title": "Maßnahme", "actionFieldId": "%s", "status": "DONE", "priority": "HIGH"}""".formatted(field);
        problem(
                        badInput()
                                .contentType("application/json")
                                .body(body)
                                .post("/api/v1/areas/{slug}/measures", slug)
                                .then(),
                        400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("IN_PROGRESS"));
    }

    @Test
    void malformedDatesAndIdsInBodiesAreNamed() {
        String slug = Fixtures.area();
        String body = """
                {"code": "M1", "title": "Maßnahme", "actionFieldId": "kein-uuid", "status": "IDEA", "priority": "HIGH", "startDate": "01.02.2024"}""";
        problem(
                        badInput()
                                .contentType("application/json")
                                .body(body)
                                .post("/api/v1/areas/{slug}/measures", slug)
                                .then(),
                        400)
                .body("errors.field", hasItem("actionFieldId"));
    }

    @Test
    void invalidUuidsInPathsAndQueriesAreBadRequests() {
        String slug = Fixtures.area();
        problem(
                        badInput()
                                .get("/api/v1/areas/{slug}/measures/{id}", slug, "123")
                                .then(),
                        400)
                .body("errors[0].field", equalTo("id"));
        problem(
                        badInput()
                                .queryParam("actionField", "abc")
                                .get("/api/v1/areas/{slug}/measures", slug)
                                .then(),
                        400)
                .body("errors[0].field", equalTo("actionField"));
        problem(badInput().get("/api/v1/actors/{id}", "not-a-uuid").then(), 400);
    }

    @Test
    void pageSizeOutOfRangeAndUnknownSortFieldsAreRefused() {
        problem(badInput().queryParam("size", 201).get("/api/v1/areas").then(), 400)
                .body("errors[0].field", equalTo("size"));
        problem(badInput().queryParam("size", 0).get("/api/v1/areas").then(), 400)
                .body("errors[0].field", equalTo("size"));
        problem(badInput().queryParam("page", -1).get("/api/v1/areas").then(), 400)
                .body("errors[0].field", equalTo("page"));
        problem(badInput().queryParam("size", "zwanzig").get("/api/v1/areas").then(), 400)
                .body("errors[0].field", equalTo("size"));
        problem(badInput().queryParam("sort", "password").get("/api/v1/areas").then(), 400)
                .body("errors[0].field", equalTo("sort"));
        problem(
                        badInput()
                                .queryParam("uncovered", "vielleicht")
                                .get("/api/v1/areas/{slug}/needs", Fixtures.area())
                                .then(),
                        400)
                .body("errors[0].field", equalTo("uncovered"));
    }

    @Test
    void bodiesOverOneMebibyteAreTooLarge() {
        String huge = validArea(", \"description\": \"" + "x".repeat(1024 * 1024 + 10) + "\"");
        problem(
                badInput()
                        .contentType("application/json")
                        .body(huge)
                        .post("/api/v1/areas")
                        .then(),
                413);
    }

    @Test
    void onlyJsonBodiesAreAccepted() {
        problem(
                badInput()
                        .contentType("text/plain")
                        .body("slug=x")
                        .post("/api/v1/areas")
                        .then(),
                415);
    }

    @Test
    void aMissingOrNonObjectBodyIsRefused() {
        problem(badInput().contentType("application/json").post("/api/v1/areas").then(), 400);
        problem(
                badInput()
                        .contentType("application/json")
                        .body("[1, 2]")
                        .post("/api/v1/areas")
                        .then(),
                400);
        problem(
                badInput()
                        .contentType("application/json")
                        .body("null")
                        .post("/api/v1/areas")
                        .then(),
                400);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        problem(badInput().get("/api/v1/nothing-here").then(), 404);
        problem(badInput().get("/api/v1/areas/{slug}", "gibt-es-nicht").then(), 404)
                .body("detail", containsString("gibt-es-nicht"));
        problem(
                badInput()
                        .contentType("application/json")
                        .body("{}")
                        .patch("/api/v1/areas")
                        .then(),
                405);
    }
}
