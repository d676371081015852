package de.ihk.measure;

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
class ActionStepApiTest {

    private static final String MEASURE = "/api/v1/areas/{slug}/measures/{id}";
    private static final String STEPS = "/api/v1/areas/{slug}/measures/{id}/steps";
    private static final String STEP = "/api/v1/areas/{slug}/measures/{id}/steps/{stepId}";

    private static Map<String, Object> body(String title, String status, int position) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("status", status);
        body.put("position", position);
        return body;
    }

    private static String measure(String slug, String code) {
        return Fixtures.measure(slug, Fixtures.measureBody(code, Fixtures.actionField(slug, code + "-F")));
    }

    private static String create(String slug, String measureId, Map<String, Object> body) {
        return api().body(body)
                .post(STEPS, slug, measureId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createdStepCanBeReadBackWithLocationAndEtag() {
        String slug = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        String actor = Fixtures.actor(slug, "Quartiersmanagement");
        Map<String, Object> body = body("Sprechstunde einrichten", "IN_PROGRESS", 3);
        body.put("description", "Jeden Dienstag im Stadtteilbüro.");
        body.put("dueDate", "2026-03-01");
        body.put("responsibleActorId", actor);

        Response created = api().body(body).post(STEPS, slug, measure);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("measureId", equalTo(measure))
                .body("title", equalTo("Sprechstunde einrichten"))
                .body("description", equalTo("Jeden Dienstag im Stadtteilbüro."))
                .body("dueDate", equalTo("2026-03-01"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("position", equalTo(3))
                .body("responsibleActor.id", equalTo(actor))
                .body("responsibleActor.name", equalTo("Quartiersmanagement"))
                .body("responsibleActor.kind", equalTo("SOCIAL_ORGANISATION"));
        String id = created.path("id");
        assertThat(created.header("Location"))
                .endsWith("/api/v1/areas/" + slug + "/measures/" + measure + "/steps/" + id);

        api().get(STEP, slug, measure, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("title", equalTo("Sprechstunde einrichten"))
                .body("responsibleActor.name", equalTo("Quartiersmanagement"));
        api().header("If-None-Match", "\"0\"")
                .get(STEP, slug, measure, id)
                .then()
                .statusCode(304)
                .header("ETag", "\"0\"");
    }

    @Test
    void optionalFieldsDefaultToNullAndPositionToZero() {
        String slug = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        api().body(Map.of("title", "Minimal", "status", "OPEN"))
                .post(STEPS, slug, measure)
                .then()
                .statusCode(201)
                .body("position", equalTo(0))
                .body("description", nullValue())
                .body("dueDate", nullValue())
                .body("responsibleActor", nullValue());
    }

    @Test
    void listIsOrderedByPositionAndTheMeasureShowsTheStepsInTheSameOrder() {
        String slug = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        create(slug, measure, body("Dritter", "OPEN", 2));
        create(slug, measure, body("Erster", "DONE", 0));
        create(slug, measure, body("Zweiter", "IN_PROGRESS", 1));
        // steps of another measure are not listed
        create(slug, measure(slug, "BQ-02"), body("Fremder", "OPEN", 0));

        api().get(STEPS, slug, measure)
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("Erster", "Zweiter", "Dritter")))
                .body("items.position", equalTo(List.of(0, 1, 2)))
                .body("items.measureId", equalTo(List.of(measure, measure, measure)))
                .body("totalItems", equalTo(3));
        api().queryParam("sort", "-position")
                .get(STEPS, slug, measure)
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("Dritter", "Zweiter", "Erster")));
        api().queryParam("size", 2)
                .get(STEPS, slug, measure)
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("Erster", "Zweiter")))
                .body("totalPages", equalTo(2));

        api().get(MEASURE, slug, measure)
                .then()
                .statusCode(200)
                .body("steps.title", equalTo(List.of("Erster", "Zweiter", "Dritter")))
                .body("steps.status", equalTo(List.of("DONE", "IN_PROGRESS", "OPEN")))
                .body("steps.position", equalTo(List.of(0, 1, 2)));
    }

    @Test
    void updateReplacesTheStep() {
        String slug = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        String actor = Fixtures.actor(slug, "Quartiersmanagement");
        Map<String, Object> body = body("Sprechstunde", "OPEN", 0);
        body.put("responsibleActorId", actor);
        body.put("dueDate", "2026-03-01");
        String id = create(slug, measure, body);

        Map<String, Object> changed = body("Sprechstunde eingerichtet", "DONE", 4);
        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(STEP, slug, measure, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("title", equalTo("Sprechstunde eingerichtet"))
                .body("status", equalTo("DONE"))
                .body("position", equalTo(4))
                .body("dueDate", nullValue())
                .body("responsibleActor", nullValue());
        api().get(STEP, slug, measure, id).then().header("ETag", "\"1\"").body("status", equalTo("DONE"));
    }

    @Test
    void deleteRemovesTheStep() {
        String slug = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        String id = create(slug, measure, body("Weg damit", "CANCELLED", 0));
        String kept = create(slug, measure, body("Bleibt", "OPEN", 1));

        api().header("If-Match", "\"0\"").delete(STEP, slug, measure, id).then().statusCode(204);
        api().get(STEP, slug, measure, id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        api().get(STEPS, slug, measure).then().body("items.id", equalTo(List.of(kept)));
        api().get(MEASURE, slug, measure).then().body("steps.id", equalTo(List.of(kept)));
    }

    @Test
    void stepOfAnotherMeasureIsNotFound() {
        String slug = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        String otherMeasure = measure(slug, "BQ-02");
        String step = create(slug, measure, body("Schritt", "OPEN", 0));

        api().get(STEP, slug, otherMeasure, step)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(step));
        api().header("If-Match", "\"0\"")
                .body(body("Gekapert", "DONE", 0))
                .put(STEP, slug, otherMeasure, step)
                .then()
                .statusCode(404);
        api().header("If-Match", "\"0\"")
                .delete(STEP, slug, otherMeasure, step)
                .then()
                .statusCode(404);
        api().get(STEP, slug, measure, step)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Schritt"));
    }

    @Test
    void stepsOfAMeasureOfAnotherAreaAreNotFound() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String measure = measure(other, "BQ-01");
        String step = create(other, measure, body("Schritt", "OPEN", 0));

        api().get(STEPS, slug, measure).then().statusCode(404).contentType("application/problem+json");
        api().get(STEP, slug, measure, step).then().statusCode(404);
        api().body(body("Neu", "OPEN", 0)).post(STEPS, slug, measure).then().statusCode(404);
        badInput()
                .get(STEP, other, measure, "not-a-uuid")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("stepId"));
        // the contract names the measure's path parameter "id"
        badInput().get(STEPS, other, "not-a-uuid").then().statusCode(400).body("errors.field", equalTo(List.of("id")));
    }

    @Test
    void responsibleActorOfAnotherMunicipalityIsRefused() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        String foreign = Fixtures.actor(other, "Fremder Träger");
        Map<String, Object> body = body("Schritt", "OPEN", 0);
        body.put("responsibleActorId", foreign);

        api().body(body)
                .post(STEPS, slug, measure)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("responsibleActorId")))
                .body("errors[0].message", containsString(foreign));
        api().get(STEPS, slug, measure).then().body("totalItems", equalTo(0));

        String step = create(slug, measure, body("Schritt", "OPEN", 0));
        api().header("If-Match", "\"0\"")
                .body(body)
                .put(STEP, slug, measure, step)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("responsibleActorId")));
        api().get(STEP, slug, measure, step).then().header("ETag", "\"0\"").body("responsibleActor", nullValue());
    }

    @Test
    void invalidInputIsReportedPerField() {
        String slug = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        Map<String, Object> body = body("x".repeat(201), "OPEN", -1);
        body.remove("status");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(STEPS, slug, measure)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "status", "position"));

        Map<String, Object> wrongDate = body("Schritt", "OPEN", 0);
        wrongDate.put("dueDate", "2026-13-01");
        badInput()
                .contentType("application/json")
                .body(wrongDate)
                .post(STEPS, slug, measure)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("dueDate")));

        Map<String, Object> wrongStatus = body("Schritt", "FINISHED", 0);
        badInput()
                .contentType("application/json")
                .body(wrongStatus)
                .post(STEPS, slug, measure)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("status")));
    }

    @Test
    void changingAStepChangesTheVersionOfItsMeasure() {
        String slug = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        assertThat(etag(MEASURE, slug, measure)).isEqualTo("\"0\"");

        String step = create(slug, measure, body("Schritt", "OPEN", 0));
        String afterCreate = etag(MEASURE, slug, measure);
        assertThat(afterCreate).isNotEqualTo("\"0\"");
        // a client holding the old representation (without the step) gets the new one
        api().header("If-None-Match", "\"0\"")
                .get(MEASURE, slug, measure)
                .then()
                .statusCode(200)
                .body("steps.title", equalTo(List.of("Schritt")));

        api().header("If-Match", "\"0\"")
                .body(body("Schritt erledigt", "DONE", 0))
                .put(STEP, slug, measure, step)
                .then()
                .statusCode(200);
        String afterUpdate = etag(MEASURE, slug, measure);
        assertThat(afterUpdate).isNotEqualTo(afterCreate);
        api().get(MEASURE, slug, measure).then().body("steps.status", equalTo(List.of("DONE")));

        api().header("If-Match", "\"1\"")
                .delete(STEP, slug, measure, step)
                .then()
                .statusCode(204);
        String afterDelete = etag(MEASURE, slug, measure);
        assertThat(afterDelete).isNotEqualTo(afterUpdate);
        api().get(MEASURE, slug, measure).then().body("steps", hasSize(0));

        // an edit of the measure based on the version before the step changes is refused
        api().header("If-Match", afterCreate)
                .body(Fixtures.measureBody(
                        "BQ-01", api().get(MEASURE, slug, measure).path("actionField.id")))
                .put(MEASURE, slug, measure)
                .then()
                .statusCode(412)
                .header("ETag", afterDelete);
    }

    @Test
    void updateAndDeleteNeedIfMatchAndRefuseAStaleVersion() {
        String slug = Fixtures.area();
        String measure = measure(slug, "BQ-01");
        String step = create(slug, measure, body("Schritt", "OPEN", 0));

        api().body(body("Ohne If-Match", "OPEN", 0))
                .put(STEP, slug, measure, step)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"));
        api().delete(STEP, slug, measure, step).then().statusCode(428).contentType("application/problem+json");

        api().header("If-Match", "\"0\"")
                .body(body("Erste Änderung", "IN_PROGRESS", 0))
                .put(STEP, slug, measure, step)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        api().header("If-Match", "\"0\"")
                .body(body("Verlorene Änderung", "DONE", 0))
                .put(STEP, slug, measure, step)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"1\"")
                .body("type", equalTo("/problems/precondition-failed"));
        api().header("If-Match", "\"0\"")
                .delete(STEP, slug, measure, step)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"");

        api().get(STEP, slug, measure, step)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Erste Änderung"))
                .body("status", equalTo("IN_PROGRESS"));
    }
}
