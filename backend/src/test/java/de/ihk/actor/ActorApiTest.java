package de.ihk.actor;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorApiTest {

    private static final String LIST = "/api/v1/actors";
    private static final String ITEM = "/api/v1/actors/{id}";

    @Test
    void createdActorCanBeReadBackWithLocationAndEtag() {
        String municipality = Fixtures.unique("stadt");
        Map<String, Object> body =
                body("Fachbereich Kinder, Jugendliche und Familien", "CITY_DEPARTMENT", municipality);
        body.put("description", "Jugendhilfe der Stadt.");
        body.put("website", "https://www.osnabrueck.de/fb-kjf");
        body.put("email", "kjf@osnabrueck.de");

        Response created = api().body(body).post(LIST);
        created.then().statusCode(201).header("ETag", "\"0\"").body("version", equalTo(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/actors/" + id);

        api().get(ITEM, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Fachbereich Kinder, Jugendliche und Familien"))
                .body("kind", equalTo("CITY_DEPARTMENT"))
                .body("municipality", equalTo(municipality))
                .body("description", equalTo("Jugendhilfe der Stadt."))
                .body("website", equalTo("https://www.osnabrueck.de/fb-kjf"))
                .body("email", equalTo("kjf@osnabrueck.de"));
    }

    @Test
    void absentOptionalValuesAreNull() {
        api().body(body("Stadtteiltreff", "OTHER", Fixtures.unique("stadt")))
                .post(LIST)
                .then()
                .statusCode(201)
                .body("description", nullValue())
                .body("website", nullValue())
                .body("email", nullValue());
    }

    @Test
    void updateNeedsIfMatchAndRefusesAStaleVersion() {
        String municipality = Fixtures.unique("stadt");
        String id = create(body("Stadtteilbüro", "QUARTER_MANAGEMENT", municipality));
        Map<String, Object> changed = body("Stadtteilbüro Schinkel", "QUARTER_MANAGEMENT", municipality);
        changed.put("email", "buero@schinkel.example");

        api().body(changed).put(ITEM, id).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(ITEM, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("name", equalTo("Stadtteilbüro Schinkel"))
                .body("email", equalTo("buero@schinkel.example"));
        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(ITEM, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"");

        api().header("If-None-Match", "\"1\"").get(ITEM, id).then().statusCode(304);
        api().header("If-None-Match", "\"0\"")
                .get(ITEM, id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void invalidEmailAndWebsiteAreRefusedNamingTheFields() {
        Map<String, Object> body = body("Verein", "SOCIAL_ORGANISATION", Fixtures.unique("stadt"));
        body.put("email", "kein-e-mail");
        body.put("website", "www.verein.example");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("email", "website")));
    }

    @Test
    void unknownKindIsRefusedNamingTheField() {
        badInput()
                .contentType("application/json")
                .body(body("Verein", "WIZARD", Fixtures.unique("stadt")))
                .post(LIST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("kind")))
                .body("errors[0].message", containsString("SOCIAL_ORGANISATION"));
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        badInput()
                .contentType("application/json")
                .body(Map.of("description", "nichts sonst"))
                .post(LIST)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("name", "kind", "municipality"));
    }

    @Test
    void listFiltersByKindMunicipalityAndFullText() {
        String municipality = Fixtures.unique("stadt");
        String department = create(body("Fachbereich Städtebau", "CITY_DEPARTMENT", municipality));
        Map<String, Object> counselling = body("Caritas Beratungsstelle", "SOCIAL_ORGANISATION", municipality);
        counselling.put("description", "Beratung für Familien mit Kindern.");
        String family = create(counselling);
        String school = create(body("Grundschule am Schinkelberg", "SCHOOL", municipality));
        create(body("Fachbereich Städtebau", "CITY_DEPARTMENT", Fixtures.unique("anderswo")));

        api().queryParam("municipality", municipality)
                .get(LIST)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", equalTo(List.of(family, department, school)));
        api().queryParam("municipality", municipality)
                .queryParam("kind", "SCHOOL")
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(school)));
        api().queryParam("municipality", municipality)
                .queryParam("q", "Familie")
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(family)));
        api().queryParam("municipality", municipality)
                .queryParam("q", "Grundschulen")
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(school)));
        api().queryParam("municipality", municipality)
                .queryParam("sort", "-kind")
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("SOCIAL_ORGANISATION", "SCHOOL", "CITY_DEPARTMENT")));
        badInput().queryParam("kind", "WIZARD").get(LIST).then().statusCode(400).body("errors.field", hasItem("kind"));
    }

    @Test
    void areaFilterListsOnlyActorsThatLeadPartnerOrAreResponsibleForAStepThere() {
        String slug = Fixtures.area();
        String lead = Fixtures.actor(slug, "A Lead");
        String partner = Fixtures.actor(slug, "B Partner");
        String responsible = Fixtures.actor(slug, "C Responsible");
        String presenterOnly = Fixtures.actor(slug, "D Presenter");
        String uninvolved = Fixtures.actor(slug, "E Uninvolved");
        String field = Fixtures.actionField(slug, "BQ");
        Map<String, Object> measure = Fixtures.measureBody("BQ-01", field);
        measure.put("leadActorId", lead);
        measure.put("partnerActorIds", List.of(partner));
        String measureId = Fixtures.measure(slug, measure);
        step(slug, measureId, responsible);
        presentation(slug, presenterOnly);

        String other = Fixtures.area();
        Map<String, Object> foreign = Fixtures.measureBody("BQ-01", Fixtures.actionField(other, "BQ"));
        foreign.put("leadActorId", Fixtures.actor(other, "A Lead elsewhere"));
        Fixtures.measure(other, foreign);

        api().queryParam("area", slug)
                .get(LIST)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", equalTo(List.of(lead, partner, responsible)))
                .body("items.id", not(hasItems(presenterOnly, uninvolved)));
        api().queryParam("area", slug)
                .queryParam("q", "Partner")
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(partner)));
        api().queryParam("area", "kein-gebiet")
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void deleteIsRefusedWhileTheActorLeadsAMeasure() {
        String slug = Fixtures.area();
        String lead = Fixtures.actor(slug, "Quartiersmanagement");
        Map<String, Object> measure = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        measure.put("leadActorId", lead);
        Fixtures.measure(slug, measure);

        api().header("If-Match", "\"0\"")
                .delete(ITEM, lead)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("leads 1 measure"));
        api().get(ITEM, lead).then().statusCode(200);
    }

    @Test
    void deleteRefusalNamesEveryUse() {
        String slug = Fixtures.area();
        String actor = Fixtures.actor(slug, "Stadtteilbüro");
        String field = Fixtures.actionField(slug, "BQ");
        for (String code : List.of("BQ-01", "BQ-02")) {
            Map<String, Object> measure = Fixtures.measureBody(code, field);
            measure.put("partnerActorIds", List.of(actor));
            String measureId = Fixtures.measure(slug, measure);
            step(slug, measureId, actor);
        }
        presentation(slug, actor);

        api().header("If-Match", "\"0\"")
                .delete(ITEM, actor)
                .then()
                .statusCode(409)
                .body("detail", containsString("is a partner in 2 measures"))
                .body("detail", containsString("is responsible for 2 action steps"))
                .body("detail", containsString("presents in 1 committee presentation"))
                .body("detail", not(containsString("leads")));
    }

    @Test
    void municipalityCannotChangeWhileAreasOfItReferToTheActor() {
        String slug = Fixtures.area();
        String actor = Fixtures.actor(slug, "Quartiersmanagement");
        Map<String, Object> measure = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        measure.put("leadActorId", actor);
        Fixtures.measure(slug, measure);

        api().header("If-Match", "\"0\"")
                .body(body("Quartiersmanagement", "SOCIAL_ORGANISATION", "Anderswo"))
                .put(ITEM, actor)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/conflict"));
        api().get(ITEM, actor).then().body("municipality", equalTo(slug)).body("version", equalTo(0));
    }

    @Test
    void unusedActorCanBeDeleted() {
        String actor = create(body("Einmaliger Verein", "OTHER", Fixtures.unique("stadt")));
        api().delete(ITEM, actor).then().statusCode(428);
        api().header("If-Match", "\"3\"")
                .delete(ITEM, actor)
                .then()
                .statusCode(412)
                .header("ETag", "\"0\"");
        api().header("If-Match", "\"0\"").delete(ITEM, actor).then().statusCode(204);
        api().get(ITEM, actor)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString(actor));
    }

    @Test
    void unknownAndMalformedIdsAreReported() {
        api().get(ITEM, "3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21").then().statusCode(404);
        api().header("If-Match", "\"0\"")
                .body(body("X", "OTHER", "Y"))
                .put(ITEM, "3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21")
                .then()
                .statusCode(404);
        badInput().get(ITEM, "not-a-uuid").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    private static Map<String, Object> body(String name, String kind, String municipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("municipality", municipality);
        return body;
    }

    private static String create(Map<String, Object> body) {
        return api().body(body).post(LIST).then().statusCode(201).extract().path("id");
    }

    private static void step(String slug, String measureId, String responsibleActorId) {
        api().body(Map.of(
                        "title",
                        "Schritt",
                        "status",
                        "OPEN",
                        "dueDate",
                        Fixtures.today().plusDays(20).toString(),
                        "responsibleActorId",
                        responsibleActorId))
                .post("/api/v1/areas/{slug}/measures/{id}/steps", slug, measureId)
                .then()
                .statusCode(201);
    }

    private static void presentation(String slug, String presenterActorId) {
        api().body(Map.of(
                        "committeeId",
                        Fixtures.committee(slug, "Rat"),
                        "date",
                        Fixtures.today().toString(),
                        "title",
                        "Vorstellung",
                        "status",
                        "SCHEDULED",
                        "presenterActorId",
                        presenterActorId))
                .post("/api/v1/areas/{slug}/presentations", slug)
                .then()
                .statusCode(201);
    }
}
