package de.ihk.indicator;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Api.withToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Api;
import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorApiTest {

    private static final String LIST = "/api/v1/areas/{slug}/indicators";
    private static final String ITEM = "/api/v1/areas/{slug}/indicators/{id}";

    private static Map<String, Object> body(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("direction", "LOWER_IS_BETTER");
        return body;
    }

    private static Map<String, Object> yearly(int year, Object value) {
        Map<String, Object> v = new HashMap<>();
        v.put("year", year);
        v.put("value", value);
        return v;
    }

    private static String create(String slug, Map<String, Object> body) {
        return api().body(body)
                .post(LIST, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createdIndicatorIsReadBackWithValuesInTimeOrderTargetsAndLinks() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String need = Fixtures.need(slug, field, "BQ-B1");
        String measure = Fixtures.measure(slug, Fixtures.measureBody("BQ-01", field));
        Map<String, Object> body = body("Schulabgänger ohne Abschluss");
        body.put("description", "Anteil ohne Hauptschulabschluss.");
        body.put("unit", "%");
        body.put("valueType", "PERCENT");
        body.put("source", "Sozialmonitoring Stadt Osnabrück");
        body.put("spatialLevel", "DISTRICT");
        body.put("baseline", Map.of("year", 2017, "value", 14.2, "cityValue", 6.1));
        body.put("targets", List.of(Map.of("year", 2030, "value", 8), Map.of("year", 2028, "value", 9.5)));
        Map<String, Object> dated = new HashMap<>(Map.of("date", "2024-06-30", "value", 12, "note", "Halbjahr"));
        dated.put("source", "Schulamt");
        Map<String, Object> latest = yearly(2025, 11.25);
        latest.put("cityValue", 5.8);
        body.put("values", List.of(latest, yearly(2017, 14.2), dated));
        body.put("actionFieldIds", List.of(field));
        body.put("needIds", List.of(need));
        body.put("measureIds", List.of(measure));

        Response created = api().body(body).post(LIST, slug);
        created.then().statusCode(201).header("ETag", "\"0\"").body("publicationStatus", equalTo("DRAFT"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/areas/" + slug + "/indicators/" + id);

        JsonPath read = api().get(ITEM, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Schulabgänger ohne Abschluss"))
                .body("unit", equalTo("%"))
                .body("valueType", equalTo("PERCENT"))
                .body("direction", equalTo("LOWER_IS_BETTER"))
                .body("spatialLevel", equalTo("DISTRICT"))
                .body("baseline.year", equalTo(2017))
                .body("baseline.date", nullValue())
                .body("targets.year", equalTo(List.of(2028, 2030)))
                .body("values.year", equalTo(java.util.Arrays.asList(2017, null, 2025)))
                .body("values[1].date", equalTo("2024-06-30"))
                .body("values[1].note", equalTo("Halbjahr"))
                .body("values[1].source", equalTo("Schulamt"))
                .body("actionFields.code", equalTo(List.of("BQ")))
                .body("needs.code", equalTo(List.of("BQ-B1")))
                .body("measures.code", equalTo(List.of("BQ-01")))
                .extract()
                .jsonPath();
        assertThat(read.getDouble("values[2].value")).isEqualTo(11.25);
        assertThat(read.getDouble("values[2].cityValue")).isEqualTo(5.8);
        assertThat(read.getDouble("baseline.cityValue")).isEqualTo(6.1);
        assertThat(read.getDouble("targets[0].value")).isEqualTo(9.5);
        assertThat(api().get(ITEM, slug, id).asString())
                .contains("\"value\":12,")
                .doesNotContain("12.000000");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String foreignNeed = Fixtures.need(other, Fixtures.actionField(other, "IN"), "IN-B1");

        Map<String, Object> fraction = body("Langzeitarbeitslose");
        fraction.put("valueType", "INTEGER");
        fraction.put("values", List.of(yearly(2020, 120), yearly(2021, 118.5)));
        refused(slug, fraction, "values[1].value", "whole number");

        Map<String, Object> percent = body("Quote");
        percent.put("valueType", "PERCENT");
        percent.put("baseline", Map.of("year", 2017, "value", 140));
        refused(slug, percent, "baseline.value", "0 to 100");

        Map<String, Object> noYear = body("Ziel ohne Jahr");
        noYear.put("targets", List.of(Map.of("value", 10)));
        refused(slug, noYear, "targets[0].year", "");

        Map<String, Object> sameYear = body("Doppelt");
        sameYear.put("values", List.of(yearly(2020, 1), yearly(2021, 2), yearly(2020, 3)));
        refused(slug, sameYear, "values[2].year", "already a value for 2020");

        Map<String, Object> sameDate = body("Doppeltes Datum");
        sameDate.put(
                "values", List.of(Map.of("date", "2024-06-30", "value", 1), Map.of("date", "2024-06-30", "value", 2)));
        refused(slug, sameDate, "values[1].date", "already a value for 2024-06-30");

        Map<String, Object> targetTwice = body("Zwei Ziele");
        targetTwice.put("targets", List.of(Map.of("year", 2028, "value", 1), Map.of("year", 2028, "value", 2)));
        refused(slug, targetTwice, "targets[1].year", "already a target for 2028");

        Map<String, Object> noPeriod = body("Ohne Zeitpunkt");
        noPeriod.put("values", List.of(Map.of("value", 1)));
        refused(slug, noPeriod, "values[0].year", "a year or a date");

        Map<String, Object> both = body("Jahr und Datum");
        both.put("values", List.of(Map.of("year", 2024, "date", "2024-06-30", "value", 1)));
        refused(slug, both, "values[0].date", "not for both");

        Map<String, Object> foreign = body("Fremder Bedarf");
        foreign.put("needIds", List.of(foreignNeed));
        refused(slug, foreign, "needIds[0]", "in area '" + slug + "'");

        badInput()
                .contentType("application/json")
                .body(
                        "{\"name\":\"Text als Wert\",\"direction\":\"LOWER_IS_BETTER\",\"values\":[{\"year\":2020,\"value\":\"viel\"}]}")
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("values[0].value")));

        api().get(LIST, slug).then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static void refused(String slug, Map<String, Object> body, String field, String message) {
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void aNewYearlyValueIsWrittenWithIfMatchAndKeptInTheHistory() {
        String slug = Fixtures.area();
        Map<String, Object> body = body("Kinder in Bedarfsgemeinschaften");
        body.put("values", new ArrayList<>(List.of(yearly(2023, 31), yearly(2024, 30))));
        String id = create(slug, body);

        body.put("values", List.of(yearly(2023, 31), yearly(2024, 30), yearly(2025, 28.5)));
        api().body(body).put(ITEM, slug, id).then().statusCode(428);
        api().header("If-Match", "\"7\"").body(body).put(ITEM, slug, id).then().statusCode(412);
        api().header("If-Match", "\"0\"")
                .body(body)
                .put(ITEM, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("values.year", equalTo(List.of(2023, 2024, 2025)));
        api().header("If-None-Match", "\"1\"").get(ITEM, slug, id).then().statusCode(304);

        JsonPath history = api().get(ITEM + "/history", slug, id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .extract()
                .jsonPath();
        assertThat(history.getList("items.action", String.class)).containsExactly("UPDATED", "CREATED");
        assertThat(history.getList("items.recordType", String.class)).containsOnly("INDICATOR");
        assertThat(history.getList("items[0].changes.field", String.class)).containsExactly("values");
        assertThat(history.getString("items[0].changes[0].to")).contains("2025");
    }

    @Test
    void readersWithoutDraftRightsSeePublishedIndicatorsAndTheirPublicLinksOnly() {
        String slug = Fixtures.area();
        Fixtures.setPublication("/api/v1/areas/" + slug, "PUBLISHED");
        String field = Fixtures.actionField(slug, "BQ");
        Fixtures.setPublication("/api/v1/areas/" + slug + "/action-fields/" + field, "PUBLISHED");
        String publicNeed = Fixtures.need(slug, field, "BQ-B1");
        Fixtures.setPublication("/api/v1/areas/" + slug + "/needs/" + publicNeed, "PUBLISHED");
        String draftNeed = Fixtures.need(slug, field, "BQ-B2");
        Map<String, Object> body = body("Betreuungsquote");
        body.put("needIds", List.of(publicNeed, draftNeed));
        body.put("publicationStatus", "PUBLISHED");
        String published = create(slug, body);
        String draft = create(slug, body("Entwurf"));

        anonymous().get(ITEM, slug, draft).then().statusCode(404);
        anonymous().get(ITEM, slug, published).then().statusCode(200).body("needs.code", equalTo(List.of("BQ-B1")));
        anonymous().get(LIST, slug).then().statusCode(200).body("items.name", equalTo(List.of("Betreuungsquote")));
        anonymous()
                .queryParam("need", draftNeed)
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        anonymous()
                .queryParam("actionField", field)
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        api().get(LIST, slug).then().body("totalItems", equalTo(2));
        api().get(ITEM, slug, published).then().body("needs.code", equalTo(List.of("BQ-B1", "BQ-B2")));

        // publishing the linked need changes what readers see of the indicator: a new public version
        String before = anonymous().get(ITEM, slug, published).header("ETag");
        Fixtures.setPublication("/api/v1/areas/" + slug + "/needs/" + draftNeed, "PUBLISHED");
        Response after = anonymous().get(ITEM, slug, published);
        after.then().body("needs.code", equalTo(List.of("BQ-B1", "BQ-B2")));
        assertThat(after.header("ETag")).isNotEqualTo(before);
    }

    @Test
    void listFiltersByLinkedRecordsAndSortsByName() {
        String slug = Fixtures.area();
        String bq = Fixtures.actionField(slug, "BQ");
        String in = Fixtures.actionField(slug, "IN");
        String need = Fixtures.need(slug, in, "IN-B1");
        String measure = Fixtures.measure(slug, Fixtures.measureBody("BQ-01", bq));
        Map<String, Object> byField = body("Zweites");
        byField.put("actionFieldIds", List.of(bq));
        byField.put("measureIds", List.of(measure));
        create(slug, byField);
        Map<String, Object> byNeed = body("Erstes");
        byNeed.put("needIds", List.of(need));
        create(slug, byNeed);

        api().get(LIST, slug).then().body("items.name", equalTo(List.of("Erstes", "Zweites")));
        api().queryParam("sort", "-name")
                .get(LIST, slug)
                .then()
                .body("items.name", equalTo(List.of("Zweites", "Erstes")));
        api().queryParam("actionField", in).get(LIST, slug).then().body("items.name", equalTo(List.of("Erstes")));
        api().queryParam("actionField", bq).get(LIST, slug).then().body("items.name", equalTo(List.of("Zweites")));
        api().queryParam("need", need).get(LIST, slug).then().body("items.name", equalTo(List.of("Erstes")));
        api().queryParam("measure", measure).get(LIST, slug).then().body("items.name", equalTo(List.of("Zweites")));
        api().queryParam("updatedSince", "2999-01-01T00:00:00Z")
                .get(LIST, slug)
                .then()
                .body("totalItems", equalTo(0));
        badInput().queryParam("sort", "value").get(LIST, slug).then().statusCode(400);
    }

    @Test
    void linkedRecordsCannotBeDeletedWhileTheIndicatorMeasuresThem() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String need = Fixtures.need(slug, field, "BQ-B1");
        Map<String, Object> body = body("Betreuungsquote");
        body.put("needIds", List.of(need));
        String id = create(slug, body);

        api().header("If-Match", "\"0\"")
                .delete("/api/v1/areas/{slug}/needs/{id}", slug, need)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 indicator is linked to it"));

        api().header("If-Match", "\"0\"").delete(ITEM, slug, id).then().statusCode(204);
        api().get(ITEM, slug, id).then().statusCode(404);
        api().header("If-Match", "\"0\"")
                .delete("/api/v1/areas/{slug}/needs/{id}", slug, need)
                .then()
                .statusCode(204);
    }

    @Test
    void onlyEditorsOfTheAreaWriteIndicators() {
        String slug = Fixtures.area();
        Fixtures.setPublication("/api/v1/areas/" + slug, "PUBLISHED");
        String other = Fixtures.area();
        String editorOfOther = Credentials.token("EDITOR", List.of(areaId(other)), List.of());
        String editor = Credentials.token("EDITOR", List.of(areaId(slug)), List.of());

        withToken(editorOfOther).body(body("Fremd")).post(LIST, slug).then().statusCode(403);
        given().filter(Api.RESPONSES_ONLY)
                .accept(Api.ACCEPT)
                .contentType("application/json")
                .body(body("Anonym"))
                .post(LIST, slug)
                .then()
                .statusCode(401);
        withToken(editor).body(body("Eigen")).post(LIST, slug).then().statusCode(201);
    }

    private static String areaId(String slug) {
        return api().get("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }
}
