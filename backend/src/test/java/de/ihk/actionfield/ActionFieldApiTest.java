package de.ihk.actionfield;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Fixtures.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActionFieldApiTest {

    private static final String FIELDS = "/api/v1/areas/{slug}/action-fields";
    private static final String FIELD = "/api/v1/areas/{slug}/action-fields/{id}";

    private static Map<String, Object> body(String code, String title, int position) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", title);
        body.put("description", "Beschreibung von " + code);
        body.put("goal", "Ziel von " + code);
        body.put("position", position);
        body.put("color", "#1F6FB2");
        return body;
    }

    private static String create(String slug, Map<String, Object> body) {
        return api().body(body)
                .post(FIELDS, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createdActionFieldCanBeReadBackWithLocationAndEtag() {
        String slug = Fixtures.area();
        Response created =
                api().body(body("BQ", "Bildung und Qualifizierung", 2)).post(FIELDS, slug);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("code", equalTo("BQ"))
                .body("title", equalTo("Bildung und Qualifizierung"))
                .body("description", equalTo("Beschreibung von BQ"))
                .body("goal", equalTo("Ziel von BQ"))
                .body("position", equalTo(2))
                .body("color", equalTo("#1F6FB2"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/areas/" + slug + "/action-fields/" + id);

        api().get(FIELD, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("code", equalTo("BQ"))
                .body("title", equalTo("Bildung und Qualifizierung"))
                .body("position", equalTo(2))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void optionalFieldsDefaultToNullAndPositionToZero() {
        String slug = Fixtures.area();
        api().body(Map.of("code", "WU", "title", "Wohnen und Umfeld"))
                .post(FIELDS, slug)
                .then()
                .statusCode(201)
                .body("position", equalTo(0))
                .body("description", nullValue())
                .body("goal", nullValue())
                .body("color", nullValue());
    }

    @Test
    void updateReplacesTheActionFieldAndBumpsItsVersion() {
        String slug = Fixtures.area();
        String id = create(slug, body("BQ", "Bildung", 1));
        Map<String, Object> changed = body("BQ2", "Bildung und Qualifizierung", 5);
        changed.put("color", null);
        changed.remove("goal");

        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(FIELD, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("code", equalTo("BQ2"))
                .body("title", equalTo("Bildung und Qualifizierung"))
                .body("position", equalTo(5))
                .body("goal", nullValue())
                .body("color", nullValue());

        api().get(FIELD, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("code", equalTo("BQ2"))
                .body("goal", nullValue());
    }

    @Test
    void deleteRemovesTheActionField() {
        String slug = Fixtures.area();
        String id = create(slug, body("BQ", "Bildung", 1));
        api().header("If-Match", "\"0\"").delete(FIELD, slug, id).then().statusCode(204);
        api().get(FIELD, slug, id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404));
        api().get(FIELDS, slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void listIsOrderedByPositionByDefaultAndBySortParameter() {
        String slug = Fixtures.area();
        create(slug, body("A", "Zweites", 1));
        create(slug, body("C", "Drittes", 2));
        create(slug, body("B", "Erstes", 0));

        Response list = api().get(FIELDS, slug);
        list.then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("B", "A", "C")))
                .body("items.position", equalTo(List.of(0, 1, 2)))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        assertThat(list.header("Link"))
                .contains("rel=\"first\"")
                .contains("rel=\"last\"")
                .doesNotContain("rel=\"next\"");

        api().queryParam("sort", "-code")
                .get(FIELDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("C", "B", "A")));
        api().queryParam("sort", "code")
                .get(FIELDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("A", "B", "C")));
        api().queryParam("sort", "title")
                .get(FIELDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("C", "B", "A")));
    }

    @Test
    void unknownSortFieldIsRefused() {
        String slug = Fixtures.area();
        badInput()
                .queryParam("sort", "colour")
                .get(FIELDS, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sort"));
    }

    @Test
    void listOfAnAreaShowsOnlyItsOwnActionFields() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        create(slug, body("BQ", "Bildung", 1));
        create(other, body("WU", "Wohnen", 1));
        api().get(FIELDS, slug).then().statusCode(200).body("items.code", equalTo(List.of("BQ")));
    }

    @Test
    void codeIsUniqueWithinAnAreaButMayRepeatInAnotherArea() {
        String slug = Fixtures.area();
        create(slug, body("BQ", "Bildung", 1));
        api().body(body("BQ", "Noch einmal Bildung", 2))
                .post(FIELDS, slug)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("BQ"));
        api().get(FIELDS, slug).then().body("totalItems", equalTo(1));

        String other = Fixtures.area();
        api().body(body("BQ", "Bildung anderswo", 1))
                .post(FIELDS, other)
                .then()
                .statusCode(201)
                .body("code", equalTo("BQ"));
    }

    @Test
    void updateCannotTakeTheCodeOfAnotherActionField() {
        String slug = Fixtures.area();
        create(slug, body("BQ", "Bildung", 1));
        String id = create(slug, body("WU", "Wohnen", 2));
        api().header("If-Match", "\"0\"")
                .body(body("BQ", "Wohnen", 2))
                .put(FIELD, slug, id)
                .then()
                .statusCode(409)
                .body("detail", containsString("BQ"));
        // keeping its own code is no conflict
        api().header("If-Match", "\"0\"")
                .body(body("WU", "Wohnen und Umfeld", 2))
                .put(FIELD, slug, id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Wohnen und Umfeld"));
    }

    @Test
    void everyInvalidFieldIsReportedInOneResponse() {
        String slug = Fixtures.area();
        Map<String, Object> body = body("BQ", "x".repeat(201), -1);
        body.put("description", "d".repeat(20001));
        body.put("color", "blue");

        badInput()
                .contentType("application/json")
                .body(body)
                .post(FIELDS, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/areas/" + slug + "/action-fields"))
                .body("errors.field", hasItems("title", "description", "color", "position"))
                .body("errors", hasSize(4));
        api().get(FIELDS, slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void missingTitleAndCodeAreReported() {
        String slug = Fixtures.area();
        Map<String, Object> body = body("BQ", "Bildung", 1);
        body.remove("title");
        body.remove("code");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(FIELDS, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "code"));
    }

    @Test
    void invalidInputOnUpdateIsReportedPerFieldAndChangesNothing() {
        String slug = Fixtures.area();
        String id = create(slug, body("BQ", "Bildung", 1));
        Map<String, Object> body = body("BQ", "", 1);
        body.put("color", "#12345");
        badInput()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(body)
                .put(FIELD, slug, id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("title", "color"));
        api().get(FIELD, slug, id).then().header("ETag", "\"0\"").body("title", equalTo("Bildung"));
    }

    @Test
    void updateNeedsIfMatchAndRefusesAStaleVersion() {
        String slug = Fixtures.area();
        String id = create(slug, body("BQ", "Bildung", 1));

        api().body(body("BQ", "Ohne If-Match", 1))
                .put(FIELD, slug, id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"))
                .body("status", equalTo(428));

        api().header("If-Match", "\"0\"")
                .body(body("BQ", "Erste Änderung", 1))
                .put(FIELD, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");

        api().header("If-Match", "\"0\"")
                .body(body("BQ", "Verlorene Änderung", 1))
                .put(FIELD, slug, id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"1\"")
                .body("type", equalTo("/problems/precondition-failed"));

        api().get(FIELD, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Erste Änderung"));
    }

    @Test
    void deleteNeedsIfMatchAndRefusesAStaleVersion() {
        String slug = Fixtures.area();
        String id = create(slug, body("BQ", "Bildung", 1));
        api().delete(FIELD, slug, id).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"3\"")
                .delete(FIELD, slug, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"0\"");
        api().get(FIELD, slug, id).then().statusCode(200).body("code", equalTo("BQ"));
    }

    @Test
    void matchingIfNoneMatchAnswersNotModified() {
        String slug = Fixtures.area();
        String id = create(slug, body("BQ", "Bildung", 1));
        api().header("If-None-Match", "\"0\"")
                .get(FIELD, slug, id)
                .then()
                .statusCode(304)
                .header("ETag", "\"0\"");

        api().header("If-Match", "\"0\"")
                .body(body("BQ", "Bildung neu", 1))
                .put(FIELD, slug, id)
                .then()
                .statusCode(200);
        api().header("If-None-Match", "\"0\"")
                .get(FIELD, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Bildung neu"));
    }

    @Test
    void deleteIsRefusedWhileNeedsBelongToIt() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        Fixtures.need(slug, field, "BQ-B1");
        Fixtures.need(slug, field, "BQ-B2");

        api().header("If-Match", etag(FIELD, slug, field))
                .delete(FIELD, slug, field)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("2 needs"));
        api().get(FIELD, slug, field).then().statusCode(200);
    }

    @Test
    void deleteIsRefusedWhileAMeasureHasItAsPrimaryActionField() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        Fixtures.measure(slug, Fixtures.measureBody("BQ-01", field));

        api().header("If-Match", etag(FIELD, slug, field))
                .delete(FIELD, slug, field)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 measure"));
        api().get(FIELD, slug, field).then().statusCode(200);
    }

    @Test
    void deleteIsRefusedWhileAMeasureHasItAsFurtherActionField() {
        String slug = Fixtures.area();
        String primary = Fixtures.actionField(slug, "BQ");
        String further = Fixtures.actionField(slug, "WU");
        Map<String, Object> measure = Fixtures.measureBody("BQ-01", primary);
        measure.put("furtherActionFieldIds", List.of(further));
        String measureId = Fixtures.measure(slug, measure);

        api().header("If-Match", etag(FIELD, slug, further))
                .delete(FIELD, slug, further)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 measure"));

        // once the measure no longer uses it, the action field can go
        measure.put("furtherActionFieldIds", List.of());
        api().header("If-Match", etag("/api/v1/areas/{slug}/measures/{id}", slug, measureId))
                .body(measure)
                .put("/api/v1/areas/{slug}/measures/{id}", slug, measureId)
                .then()
                .statusCode(200);
        api().header("If-Match", etag(FIELD, slug, further))
                .delete(FIELD, slug, further)
                .then()
                .statusCode(204);
    }

    @Test
    void actionFieldOfAnotherAreaIsNotFound() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String id = create(other, body("BQ", "Bildung", 1));

        api().get(FIELD, slug, id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString(id));
        api().header("If-Match", "\"0\"")
                .body(body("BQ", "Übernommen", 1))
                .put(FIELD, slug, id)
                .then()
                .statusCode(404);
        api().header("If-Match", "\"0\"").delete(FIELD, slug, id).then().statusCode(404);
        api().get(FIELD, other, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Bildung"));
    }

    @Test
    void unknownAreaIsNotFound() {
        api().get(FIELDS, Fixtures.unique("nirgendwo"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void malformedIdInThePathIsABadRequest() {
        String slug = Fixtures.area();
        badInput()
                .get(FIELD, slug, "not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("id"));
        badInput()
                .header("If-Match", "\"0\"")
                .delete(FIELD, slug, "12345")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
