package de.ihk.need;

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
import de.ihk.testing.QueryCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NeedApiTest {

    private static final String NEEDS = "/api/v1/areas/{slug}/needs";
    private static final String NEED = "/api/v1/areas/{slug}/needs/{id}";
    private static final String MEASURE = "/api/v1/areas/{slug}/measures/{id}";

    @Inject
    QueryCounter queries;

    /** A target group code no other test uses; its labels are "Gruppe CODE" and "Group CODE". */
    private static String targetGroup(String prefix) {
        return Fixtures.targetGroup(
                prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    private static Map<String, Object> body(
            String actionFieldId, String code, String title, String priority, String... targetGroups) {
        Map<String, Object> body = new HashMap<>();
        body.put("actionFieldId", actionFieldId);
        body.put("code", code);
        body.put("title", title);
        body.put("priority", priority);
        body.put("targetGroups", List.of(targetGroups));
        return body;
    }

    private static String create(String slug, Map<String, Object> body) {
        return api().body(body)
                .post(NEEDS, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createdNeedShowsItsActionFieldAndTargetGroupsAsSummaries() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String youth = targetGroup("YOUTH");
        String seniors = targetGroup("SENIORS");
        Map<String, Object> body = body(field, "BQ-B1", "Perspektiven für Jugendliche", "HIGH", youth, seniors);
        body.put("description", "Viele Jugendliche finden keinen Ausbildungsplatz.");
        body.put("evidence", "Bewohnerbefragung 2021");

        Response created = api().body(body).post(NEEDS, slug);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("code", equalTo("BQ-B1"))
                .body("title", equalTo("Perspektiven für Jugendliche"))
                .body("description", equalTo("Viele Jugendliche finden keinen Ausbildungsplatz."))
                .body("evidence", equalTo("Bewohnerbefragung 2021"))
                .body("priority", equalTo("HIGH"))
                .body("actionField.id", equalTo(field))
                .body("actionField.code", equalTo("BQ"))
                .body("actionField.title", equalTo("Handlungsfeld BQ"))
                .body("measures", hasSize(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/areas/" + slug + "/needs/" + id);

        List<String> sorted = youth.compareTo(seniors) < 0 ? List.of(youth, seniors) : List.of(seniors, youth);
        api().get(NEED, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("targetGroups.code", equalTo(sorted))
                .body(
                        "targetGroups.labelDe",
                        equalTo(sorted.stream().map(c -> "Gruppe " + c).toList()))
                .body(
                        "targetGroups.labelEn",
                        equalTo(sorted.stream().map(c -> "Group " + c).toList()))
                .body("actionField.code", equalTo("BQ"))
                .body("measures", hasSize(0));
        assertThat(api().get(NEED, slug, id).asString())
                .as("the read (a projection) and the write's answer (the entity mapped) are the same JSON")
                .isEqualTo(created.asString());
    }

    @Test
    void targetGroupsDefaultToAnEmptyList() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        Map<String, Object> body = body(field, "BQ-B1", "Bedarf", "LOW");
        body.remove("targetGroups");
        api().body(body)
                .post(NEEDS, slug)
                .then()
                .statusCode(201)
                .body("targetGroups", hasSize(0))
                .body("description", nullValue())
                .body("evidence", nullValue());
    }

    @Test
    void updateReplacesTheNeedIncludingItsActionFieldAndTargetGroups() {
        String slug = Fixtures.area();
        String first = Fixtures.actionField(slug, "BQ");
        String second = Fixtures.actionField(slug, "WU");
        String youth = targetGroup("YOUTH");
        String families = targetGroup("FAMILIES");
        String id = create(slug, body(first, "BQ-B1", "Bedarf", "HIGH", youth));

        api().header("If-Match", "\"0\"")
                .body(body(second, "WU-B1", "Wohnungen für Familien", "MEDIUM", families))
                .put(NEED, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("code", equalTo("WU-B1"))
                .body("actionField.code", equalTo("WU"))
                .body("priority", equalTo("MEDIUM"))
                .body("targetGroups.code", equalTo(List.of(families)));

        api().header("If-Match", "\"0\"")
                .body(body(second, "WU-B1", "Verloren", "LOW"))
                .put(NEED, slug, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"");
        api().body(body(second, "WU-B1", "Verloren", "LOW"))
                .put(NEED, slug, id)
                .then()
                .statusCode(428);
        api().get(NEED, slug, id).then().body("title", equalTo("Wohnungen für Familien"));
    }

    @Test
    void actionFieldOfAnotherAreaIsRefusedNamingTheField() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String foreignField = Fixtures.actionField(other, "BQ");

        api().body(body(foreignField, "BQ-B1", "Bedarf", "HIGH"))
                .post(NEEDS, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("actionFieldId")))
                .body("errors[0].message", containsString(foreignField));
        api().get(NEEDS, slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void unknownTargetGroupIsRefusedNamingItsIndex() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String youth = targetGroup("YOUTH");

        api().body(body(field, "BQ-B1", "Bedarf", "HIGH", "NO_SUCH_GROUP_XYZ", youth))
                .post(NEEDS, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("targetGroups[0]")))
                .body("errors[0].message", containsString("NO_SUCH_GROUP_XYZ"));
    }

    @Test
    void invalidFieldsAreReportedTogether() {
        String slug = Fixtures.area();
        Map<String, Object> body = body(UUID.randomUUID().toString(), "BQ B1", "x".repeat(201), "HIGH");
        body.remove("priority");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(NEEDS, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("code", "title", "priority"));
    }

    @Test
    void codeIsUniqueWithinTheArea() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        create(slug, body(field, "BQ-B1", "Bedarf", "HIGH"));
        api().body(body(field, "BQ-B1", "Noch ein Bedarf", "LOW"))
                .post(NEEDS, slug)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("BQ-B1"));

        String other = Fixtures.area();
        create(other, body(Fixtures.actionField(other, "BQ"), "BQ-B1", "Bedarf anderswo", "HIGH"));
    }

    @Test
    void listFiltersByActionFieldPriorityAndTargetGroup() {
        String slug = Fixtures.area();
        String education = Fixtures.actionField(slug, "BQ");
        String housing = Fixtures.actionField(slug, "WU");
        String youth = targetGroup("YOUTH");
        String seniors = targetGroup("SENIORS");
        create(slug, body(education, "N1", "Ausbildung", "HIGH", youth));
        create(slug, body(housing, "N2", "Barrierefreie Wohnungen", "LOW", seniors));
        create(slug, body(education, "N3", "Sprachkurse", "MEDIUM", youth, seniors));

        api().get(NEEDS, slug).then().statusCode(200).body("items.code", equalTo(List.of("N1", "N2", "N3")));
        api().queryParam("actionField", education)
                .get(NEEDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("N1", "N3")))
                .body("totalItems", equalTo(2));
        api().queryParam("priority", "LOW")
                .get(NEEDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("N2")));
        api().queryParam("targetGroup", seniors)
                .get(NEEDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("N2", "N3")));
        api().queryParam("targetGroup", youth)
                .queryParam("priority", "HIGH")
                .get(NEEDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("N1")));
        api().queryParam("sort", "priority")
                .get(NEEDS, slug)
                .then()
                .statusCode(200)
                .body("items.priority", equalTo(List.of("HIGH", "MEDIUM", "LOW")));
    }

    @Test
    void uncoveredFilterSeparatesNeedsWithAndWithoutMeasures() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String covered = Fixtures.need(slug, field, "N1");
        Fixtures.need(slug, field, "N2");
        Fixtures.need(slug, field, "N3");
        Map<String, Object> measure = Fixtures.measureBody("M1", field);
        measure.put("needIds", List.of(covered));
        Fixtures.measure(slug, measure);

        api().queryParam("uncovered", true)
                .get(NEEDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("N2", "N3")))
                .body("totalItems", equalTo(2));
        api().queryParam("uncovered", false)
                .get(NEEDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("N1")))
                .body("items[0].measures.code", equalTo(List.of("M1")));
        api().get(NEEDS, slug).then().body("totalItems", equalTo(3));
    }

    @Test
    void fullTextFilterUsesGermanStemming() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "WU");
        Map<String, Object> playgrounds = body(field, "N1", "Spielplätze fehlen", "HIGH");
        playgrounds.put("description", "Im Quartier gibt es zu wenige Spielplätze.");
        create(slug, playgrounds);
        Map<String, Object> evidence = body(field, "N2", "Treffpunkte", "LOW");
        evidence.put("evidence", "Befragung: Eltern wünschen sich Spielplätze.");
        create(slug, evidence);
        create(slug, body(field, "N3", "Barrierefreie Wege", "MEDIUM"));

        api().queryParam("q", "Spielplatz")
                .get(NEEDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("N1", "N2")));
        api().queryParam("q", "barrierefrei")
                .get(NEEDS, slug)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("N3")));
    }

    @Test
    void invalidFilterValuesAreRefused() {
        String slug = Fixtures.area();
        badInput()
                .queryParam("actionField", "nope")
                .get(NEEDS, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("actionField"));
        badInput()
                .queryParam("priority", "URGENT")
                .get(NEEDS, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("priority"));
        badInput()
                .queryParam("uncovered", "maybe")
                .get(NEEDS, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("uncovered"));
    }

    @Test
    void needShowsTheMeasuresAnsweringIt() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String need = Fixtures.need(slug, field, "BQ-B1");
        for (String code : List.of("BQ-02", "BQ-01")) {
            Map<String, Object> measure = Fixtures.measureBody(code, field);
            measure.put("needIds", List.of(need));
            measure.put("status", code.equals("BQ-01") ? "IN_PROGRESS" : "IDEA");
            Fixtures.measure(slug, measure);
        }
        Fixtures.measure(slug, Fixtures.measureBody("BQ-03", field));

        api().get(NEED, slug, need)
                .then()
                .statusCode(200)
                .body("measures", hasSize(2))
                .body("measures.code", equalTo(List.of("BQ-01", "BQ-02")))
                .body("measures.title", equalTo(List.of("Maßnahme BQ-01", "Maßnahme BQ-02")))
                .body("measures.status", equalTo(List.of("IN_PROGRESS", "IDEA")))
                .body("measures[0].id", notNullValue());

        // a replaced need still shows the measures answering it
        api().header("If-Match", etag(NEED, slug, need))
                .body(body(field, "BQ-B1", "Neuer Titel", "LOW"))
                .put(NEED, slug, need)
                .then()
                .statusCode(200)
                .body("measures.code", equalTo(List.of("BQ-01", "BQ-02")));
    }

    @Test
    void etagOfANeedChangesWhenAMeasureStartsOrStopsAnsweringIt() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String need = Fixtures.need(slug, field, "BQ-B1");
        String uncovered = etag(NEED, slug, need);

        Map<String, Object> measure = Fixtures.measureBody("BQ-01", field);
        measure.put("needIds", List.of(need));
        String measureId = Fixtures.measure(slug, measure);
        // a client holding the representation without the measure must not be told it is still current
        api().header("If-None-Match", uncovered)
                .get(NEED, slug, need)
                .then()
                .statusCode(200)
                .body("measures.code", equalTo(List.of("BQ-01")));
        String covered = etag(NEED, slug, need);
        assertThat(covered).isNotEqualTo(uncovered);

        // the need shows the measure's status, too
        measure.put("status", "IN_PROGRESS");
        api().header("If-Match", etag(MEASURE, slug, measureId))
                .body(measure)
                .put(MEASURE, slug, measureId)
                .then()
                .statusCode(200);
        api().header("If-None-Match", covered)
                .get(NEED, slug, need)
                .then()
                .statusCode(200)
                .body("measures.status", equalTo(List.of("IN_PROGRESS")));
        String inProgress = etag(NEED, slug, need);

        // an edit of the measure that the need does not show leaves the need's version alone
        measure.put("progress", 30);
        api().header("If-Match", etag(MEASURE, slug, measureId))
                .body(measure)
                .put(MEASURE, slug, measureId)
                .then()
                .statusCode(200);
        api().header("If-None-Match", inProgress).get(NEED, slug, need).then().statusCode(304);

        measure.put("needIds", List.of());
        api().header("If-Match", etag(MEASURE, slug, measureId))
                .body(measure)
                .put(MEASURE, slug, measureId)
                .then()
                .statusCode(200);
        api().header("If-None-Match", inProgress)
                .get(NEED, slug, need)
                .then()
                .statusCode(200)
                .body("measures", hasSize(0));

        measure.put("needIds", List.of(need));
        api().header("If-Match", etag(MEASURE, slug, measureId))
                .body(measure)
                .put(MEASURE, slug, measureId)
                .then()
                .statusCode(200);
        String answeredAgain = etag(NEED, slug, need);
        api().header("If-Match", etag(MEASURE, slug, measureId))
                .delete(MEASURE, slug, measureId)
                .then()
                .statusCode(204);
        api().header("If-None-Match", answeredAgain)
                .get(NEED, slug, need)
                .then()
                .statusCode(200)
                .body("measures", hasSize(0));
    }

    @Test
    void deleteIsRefusedWhileAMeasureAnswersTheNeedAndAllowedAfterUnlinking() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String need = Fixtures.need(slug, field, "BQ-B1");
        Map<String, Object> measure = Fixtures.measureBody("BQ-01", field);
        measure.put("needIds", List.of(need));
        String measureId = Fixtures.measure(slug, measure);

        api().header("If-Match", etag(NEED, slug, need))
                .delete(NEED, slug, need)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("answered by 1 measure"));
        api().get(NEED, slug, need).then().statusCode(200);

        measure.put("needIds", List.of());
        api().header("If-Match", etag(MEASURE, slug, measureId))
                .body(measure)
                .put(MEASURE, slug, measureId)
                .then()
                .statusCode(200)
                .body("needs", hasSize(0));
        api().get(NEED, slug, need).then().statusCode(200).body("measures", hasSize(0));

        api().header("If-Match", etag(NEED, slug, need))
                .delete(NEED, slug, need)
                .then()
                .statusCode(204);
        api().get(NEED, slug, need).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deleteNeedsIfMatch() {
        String slug = Fixtures.area();
        String need = Fixtures.need(slug, Fixtures.actionField(slug, "BQ"), "BQ-B1");
        api().delete(NEED, slug, need).then().statusCode(428);
        api().header("If-Match", "\"5\"")
                .delete(NEED, slug, need)
                .then()
                .statusCode(412)
                .header("ETag", "\"0\"");
        api().header("If-None-Match", "\"0\"").get(NEED, slug, need).then().statusCode(304);
        api().header("If-Match", "\"0\"").delete(NEED, slug, need).then().statusCode(204);
    }

    @Test
    void needOfAnotherAreaIsNotFound() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String need = Fixtures.need(other, Fixtures.actionField(other, "BQ"), "BQ-B1");
        api().get(NEED, slug, need)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        badInput().get(NEED, slug, "xyz").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    @Test
    void needListReadsAFixedNumberOfStatementsWhateverThePageSize() {
        String slug = Fixtures.area();
        List<String> fields = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            fields.add(Fixtures.actionField(slug, "NF" + f));
        }
        String groupA = targetGroup("NLA");
        String groupB = targetGroup("NLB");
        List<String> needs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            needs.add(Fixtures.need(slug, fields.get(i % 4), "NL-%02d".formatted(i), groupA, groupB));
        }
        Map<String, Object> measure = Fixtures.measureBody("NLM", fields.get(0));
        measure.put("needIds", needs);
        Fixtures.measure(slug, measure);

        long small = countListing(slug, 3);
        long large = countListing(slug, 12);
        assertThat(large).as("statements for 12 needs vs. 3 needs").isEqualTo(small);
        assertThat(large)
                .as("statements to list needs with their action fields, target groups and measures"
                        + " (sign-in, area, count, ids, needs)")
                .isLessThanOrEqualTo(5);
    }

    private long countListing(String slug, int size) {
        AtomicReference<Response> response = new AtomicReference<>();
        long count =
                queries.count(() -> response.set(api().queryParam("size", size).get(NEEDS, slug)));
        response.get()
                .then()
                .statusCode(200)
                .body("items", hasSize(size))
                .body("items[0].targetGroups", hasSize(2))
                .body("items[" + (size - 1) + "].actionField.code", notNullValue())
                .body("items[" + (size - 1) + "].targetGroups", hasSize(2))
                .body("items[" + (size - 1) + "].measures.code", equalTo(List.of("NLM")));
        return count;
    }
}
