package de.ihk.measure;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Fixtures.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
class MeasureApiTest {

    private static final String MEASURES = "/api/v1/areas/{slug}/measures";
    private static final String MEASURE = "/api/v1/areas/{slug}/measures/{id}";
    private static final String STEPS = "/api/v1/areas/{slug}/measures/{id}/steps";

    @Inject
    QueryCounter queries;

    /** A target group code no other test uses; its labels are "Gruppe CODE" and "Group CODE". */
    private static String targetGroup(String prefix) {
        return Fixtures.targetGroup(
                prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    private static List<String> sorted(String... values) {
        return java.util.Arrays.stream(values).sorted().toList();
    }

    private static Map<String, Object> link(String label, String url) {
        return Map.of("label", label, "url", url);
    }

    private static void addStep(String slug, String measureId, String title, int position) {
        api().body(Map.of("title", title, "status", "OPEN", "position", position, "dueDate", "2026-06-30"))
                .post(STEPS, slug, measureId)
                .then()
                .statusCode(201);
    }

    @Test
    void fullyDescribedMeasureIsReadBackWithEmbeddedSummaries() {
        String slug = Fixtures.area();
        String primary = Fixtures.actionField(slug, "BQ");
        String housing = Fixtures.actionField(slug, "WU");
        String green = Fixtures.actionField(slug, "GS");
        String need1 = Fixtures.need(slug, primary, "BQ-B1");
        String need2 = Fixtures.need(slug, housing, "WU-B1");
        String lead = Fixtures.actor(slug, "Quartiersmanagement Schinkel");
        String partnerB = Fixtures.actor(slug, "Bürgerverein Schinkel");
        String partnerA = Fixtures.actor(slug, "AWO Kreisverband");
        String youth = targetGroup("YOUTH");
        String families = targetGroup("FAMILIES");

        Map<String, Object> body = new HashMap<>();
        body.put("code", "BQ-01");
        body.put("title", "Jugend stärken im Quartier");
        body.put("summary", "Beratung und Begleitung junger Menschen.");
        body.put("description", "Ausführliche Beschreibung.");
        body.put("actionFieldId", primary);
        body.put("furtherActionFieldIds", List.of(housing, green));
        body.put("needIds", List.of(need2, need1));
        body.put("status", "IN_PROGRESS");
        body.put("priority", "HIGH");
        body.put("progress", 40);
        body.put("startDate", "2024-03-01");
        body.put("endDate", "2026-12-31");
        body.put("leadActorId", lead);
        body.put("partnerActorIds", List.of(partnerB, partnerA));
        body.put("targetGroups", List.of(youth, families));
        body.put("location", "Stadtteilbüro Schinkel");
        body.put("budget", Map.of("amount", "250000.5", "currency", "EUR"));
        body.put("fundingSource", "Städtebauförderung Sozialer Zusammenhalt");
        body.put(
                "links",
                List.of(
                        link("Projektseite", "https://example.org/jugend"),
                        link("Flyer", "http://example.org/flyer.pdf")));

        Response created = api().body(body).post(MEASURES, slug);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/areas/" + slug + "/measures/" + id);

        List<String> groups = sorted(youth, families);
        for (Response read : List.of(created, api().get(MEASURE, slug, id))) {
            read.then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                    .body("code", equalTo("BQ-01"))
                    .body("title", equalTo("Jugend stärken im Quartier"))
                    .body("summary", equalTo("Beratung und Begleitung junger Menschen."))
                    .body("description", equalTo("Ausführliche Beschreibung."))
                    .body("actionField.id", equalTo(primary))
                    .body("actionField.code", equalTo("BQ"))
                    .body("actionField.title", equalTo("Handlungsfeld BQ"))
                    .body("furtherActionFields.code", equalTo(List.of("GS", "WU")))
                    .body("furtherActionFields.id", equalTo(List.of(green, housing)))
                    .body("needs.code", equalTo(List.of("BQ-B1", "WU-B1")))
                    .body("needs.id", equalTo(List.of(need1, need2)))
                    .body("needs.title", equalTo(List.of("Bedarf BQ-B1", "Bedarf WU-B1")))
                    .body("status", equalTo("IN_PROGRESS"))
                    .body("priority", equalTo("HIGH"))
                    .body("progress", equalTo(40))
                    .body("startDate", equalTo("2024-03-01"))
                    .body("endDate", equalTo("2026-12-31"))
                    .body("leadActor.id", equalTo(lead))
                    .body("leadActor.name", equalTo("Quartiersmanagement Schinkel"))
                    .body("leadActor.kind", equalTo("SOCIAL_ORGANISATION"))
                    .body("partnerActors.name", equalTo(List.of("AWO Kreisverband", "Bürgerverein Schinkel")))
                    .body("partnerActors.id", equalTo(List.of(partnerA, partnerB)))
                    .body("targetGroups.code", equalTo(groups))
                    .body(
                            "targetGroups.labelDe",
                            equalTo(groups.stream().map(c -> "Gruppe " + c).toList()))
                    .body(
                            "targetGroups.labelEn",
                            equalTo(groups.stream().map(c -> "Group " + c).toList()))
                    .body("location", equalTo("Stadtteilbüro Schinkel"))
                    .body("budget.amount", equalTo("250000.50"))
                    .body("budget.currency", equalTo("EUR"))
                    .body("fundingSource", equalTo("Städtebauförderung Sozialer Zusammenhalt"))
                    .body("links.label", equalTo(List.of("Projektseite", "Flyer")))
                    .body("links.url", equalTo(List.of("https://example.org/jugend", "http://example.org/flyer.pdf")))
                    .body("steps", hasSize(0));
        }
        assertThat(api().get(MEASURE, slug, id).asString())
                .as("the read (a projection) and the write's answer (the entity mapped) are the same JSON")
                .isEqualTo(created.asString());
    }

    @Test
    void minimalMeasureHasDefaultsAndNulls() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        api().body(Map.of(
                        "code", "BQ-01", "title", "Kurz", "actionFieldId", field, "status", "IDEA", "priority", "LOW"))
                .post(MEASURES, slug)
                .then()
                .statusCode(201)
                .body("progress", equalTo(0))
                .body("furtherActionFields", hasSize(0))
                .body("needs", hasSize(0))
                .body("partnerActors", hasSize(0))
                .body("targetGroups", hasSize(0))
                .body("links", hasSize(0))
                .body("steps", hasSize(0))
                .body("leadActor", nullValue())
                .body("budget", nullValue())
                .body("startDate", nullValue())
                .body("endDate", nullValue())
                .body("summary", nullValue());
    }

    @Test
    void updateReplacesReferencesAndLinksAndBumpsTheVersion() {
        String slug = Fixtures.area();
        String primary = Fixtures.actionField(slug, "BQ");
        String housing = Fixtures.actionField(slug, "WU");
        String need = Fixtures.need(slug, primary, "BQ-B1");
        String lead = Fixtures.actor(slug, "Lead");
        String partner = Fixtures.actor(slug, "Partner");
        Map<String, Object> body = Fixtures.measureBody("BQ-01", primary);
        body.put("furtherActionFieldIds", List.of(housing));
        body.put("needIds", List.of(need));
        body.put("leadActorId", lead);
        body.put("partnerActorIds", List.of(partner));
        body.put("budget", Map.of("amount", "1000", "currency", "EUR"));
        body.put(
                "links",
                List.of(
                        link("A", "https://example.org/a"),
                        link("B", "https://example.org/b"),
                        link("C", "https://example.org/c")));
        String id = Fixtures.measure(slug, body);

        body.put("title", "Neuer Titel");
        // the primary action field is never also a further one
        body.put("furtherActionFieldIds", List.of(primary));
        body.put("needIds", List.of());
        body.put("leadActorId", partner);
        body.put("partnerActorIds", List.of(lead));
        body.put("budget", null);
        body.put("links", List.of(link("C", "https://example.org/c"), link("D", "https://example.org/d")));
        api().header("If-Match", "\"0\"")
                .body(body)
                .put(MEASURE, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("title", equalTo("Neuer Titel"))
                .body("furtherActionFields", hasSize(0))
                .body("needs", hasSize(0))
                .body("leadActor.name", equalTo("Partner"))
                .body("partnerActors.name", equalTo(List.of("Lead")))
                .body("budget", nullValue())
                .body("links.label", equalTo(List.of("C", "D")));

        api().get(MEASURE, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("links.label", equalTo(List.of("C", "D")))
                .body("links.url", equalTo(List.of("https://example.org/c", "https://example.org/d")))
                .body("leadActor.name", equalTo("Partner"));

        api().header("If-Match", "\"0\"")
                .body(body)
                .put(MEASURE, slug, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"");
        api().body(body).put(MEASURE, slug, id).then().statusCode(428);
        api().header("If-None-Match", "\"1\"").get(MEASURE, slug, id).then().statusCode(304);
    }

    @Test
    void etagOfAMeasureChangesWhenANeedItAnswersIsRenamed() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String need = Fixtures.need(slug, field, "BQ-B1");
        Map<String, Object> body = Fixtures.measureBody("BQ-01", field);
        body.put("needIds", List.of(need));
        String id = Fixtures.measure(slug, body);
        String before = etag(MEASURE, slug, id);

        api().header("If-Match", etag("/api/v1/areas/{slug}/needs/{id}", slug, need))
                .body(Map.of("actionFieldId", field, "code", "BQ-B1", "title", "Neuer Bedarfstitel", "priority", "LOW"))
                .put("/api/v1/areas/{slug}/needs/{id}", slug, need)
                .then()
                .statusCode(200);
        api().header("If-None-Match", before)
                .get(MEASURE, slug, id)
                .then()
                .statusCode(200)
                .body("needs.title", equalTo(List.of("Neuer Bedarfstitel")));

        // a change the measure does not show leaves its version alone
        String after = etag(MEASURE, slug, id);
        api().header("If-Match", etag("/api/v1/areas/{slug}/needs/{id}", slug, need))
                .body(Map.of(
                        "actionFieldId", field, "code", "BQ-B1", "title", "Neuer Bedarfstitel", "priority", "HIGH"))
                .put("/api/v1/areas/{slug}/needs/{id}", slug, need)
                .then()
                .statusCode(200);
        api().header("If-None-Match", after).get(MEASURE, slug, id).then().statusCode(304);
    }

    @Test
    void needOfAnotherAreaIsRefusedNamingItsIndex() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String own = Fixtures.need(slug, field, "BQ-B1");
        String foreign = Fixtures.need(other, Fixtures.actionField(other, "BQ"), "BQ-B1");
        Map<String, Object> body = Fixtures.measureBody("BQ-01", field);
        body.put("needIds", List.of(foreign, own));

        api().body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("needIds[0]")))
                .body("errors[0].message", containsString(foreign));
        api().get(MEASURES, slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void actorsOfAnotherMunicipalityAreRefused() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String own = Fixtures.actor(slug, "Eigener Träger");
        String foreign = Fixtures.actor(other, "Fremder Träger");
        Map<String, Object> body = Fixtures.measureBody("BQ-01", field);
        body.put("leadActorId", foreign);

        api().body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("leadActorId")))
                .body("errors[0].message", containsString(foreign));

        body.put("partnerActorIds", List.of(own, foreign));
        api().body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("leadActorId", "partnerActorIds[1]")));
    }

    @Test
    void foreignOrUnknownActionFieldsAndTargetGroupsAreRefused() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String foreign = Fixtures.actionField(other, "WU");
        Map<String, Object> body = Fixtures.measureBody("BQ-01", foreign);
        body.put("furtherActionFieldIds", List.of(field, foreign));
        body.put("targetGroups", List.of("NO_SUCH_GROUP_XYZ"));

        api().body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("actionFieldId", "furtherActionFieldIds[1]", "targetGroups[0]")));
    }

    @Test
    void endDateBeforeStartDateIsReportedOnEndDate() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        body.put("startDate", "2026-05-01");
        body.put("endDate", "2026-04-30");
        api().body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("endDate")));

        body.put("endDate", "2026-05-01");
        api().body(body).post(MEASURES, slug).then().statusCode(201);
    }

    @Test
    void progressAboveHundredIsRefused() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        body.put("progress", 101);
        badInput()
                .contentType("application/json")
                .body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("progress")));
        body.put("progress", -1);
        badInput()
                .contentType("application/json")
                .body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("progress")));
    }

    @Test
    void invalidLinkUrlIsReportedWithItsPath() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        body.put("links", List.of(link("Kaputt", "ftp://example.org/datei"), link("Gut", "https://example.org")));
        badInput()
                .contentType("application/json")
                .body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("links[0].url")));
    }

    @Test
    void invalidLinkIsRefused() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        body.put("links", List.of(link("Gut", "https://example.org"), link("Kaputt", "kein link")));
        badInput()
                .contentType("application/json")
                .body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", containsString("url"))
                .body("errors[0].message", containsString("http"));
        api().get(MEASURES, slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void nullInAnIdListIsReportedWithItsIndex() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        List<Object> needIds = new ArrayList<>();
        needIds.add(null);
        body.put("needIds", needIds);
        badInput()
                .contentType("application/json")
                .body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("needIds[0]")));
    }

    @Test
    void nullInAnIdListIsRefused() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        List<Object> needIds = new ArrayList<>();
        needIds.add(null);
        body.put("needIds", needIds);
        badInput()
                .contentType("application/json")
                .body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", containsString("needIds"));
    }

    @Test
    void moreThanTwentyLinksAreRefused() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        List<Map<String, Object>> links = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            links.add(link("Link " + i, "https://example.org/" + i));
        }
        body.put("links", links);
        badInput()
                .contentType("application/json")
                .body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("links")));
    }

    @Test
    void unknownStatusIsABadRequestNamingTheField() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        body.put("status", "FINISHED");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("status")))
                .body("errors[0].message", containsString("FINISHED"));
    }

    @Test
    void unknownPropertyIsABadRequest() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        body.put("titel", "Tippfehler");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("titel")))
                .body("errors[0].message", containsString("titel"));
        api().get(MEASURES, slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void codeIsUniqueWithinTheArea() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        Fixtures.measure(slug, Fixtures.measureBody("BQ-01", field));
        api().body(Fixtures.measureBody("BQ-01", field))
                .post(MEASURES, slug)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("BQ-01"));

        String second = Fixtures.measure(slug, Fixtures.measureBody("BQ-02", field));
        api().header("If-Match", "\"0\"")
                .body(Fixtures.measureBody("BQ-01", field))
                .put(MEASURE, slug, second)
                .then()
                .statusCode(409);

        String other = Fixtures.area();
        Fixtures.measure(other, Fixtures.measureBody("BQ-01", Fixtures.actionField(other, "BQ")));
    }

    /** Four measures with distinct action fields, needs, statuses, target groups, actors and periods. */
    private record Catalogue(
            String slug,
            String education,
            String housing,
            String green,
            String need1,
            String need2,
            String youth,
            String seniors,
            String actorX,
            String actorY) {

        static Catalogue create() {
            String slug = Fixtures.area();
            String education = Fixtures.actionField(slug, "BQ");
            String housing = Fixtures.actionField(slug, "WU");
            String green = Fixtures.actionField(slug, "GS");
            String need1 = Fixtures.need(slug, education, "N1");
            String need2 = Fixtures.need(slug, housing, "N2");
            String youth = targetGroup("YOUTH");
            String seniors = targetGroup("SENIORS");
            String actorX = Fixtures.actor(slug, "Akteur X");
            String actorY = Fixtures.actor(slug, "Akteur Y");

            Map<String, Object> m1 = Fixtures.measureBody("M1", education);
            m1.put("title", "Spielplätze erneuern");
            m1.put("furtherActionFieldIds", List.of(housing));
            m1.put("needIds", List.of(need1));
            m1.put("status", "PLANNED");
            m1.put("targetGroups", List.of(youth));
            m1.put("leadActorId", actorX);
            m1.put("startDate", "2024-01-01");
            m1.put("endDate", "2024-12-31");
            m1.put("progress", 10);
            Fixtures.measure(slug, m1);

            Map<String, Object> m2 = Fixtures.measureBody("M2", housing);
            m2.put("needIds", List.of(need2));
            m2.put("status", "IN_PROGRESS");
            m2.put("targetGroups", List.of(seniors));
            m2.put("partnerActorIds", List.of(actorX, actorY));
            m2.put("startDate", "2025-06-01");
            m2.put("progress", 50);
            Fixtures.measure(slug, m2);

            Map<String, Object> m3 = Fixtures.measureBody("M3", green);
            m3.put("status", "COMPLETED");
            m3.put("leadActorId", actorY);
            m3.put("progress", 100);
            m3.put("summary", "Grünflächen am Hafen");
            Fixtures.measure(slug, m3);

            Map<String, Object> m4 = Fixtures.measureBody("M4", education);
            m4.put("status", "IDEA");
            m4.put("needIds", List.of(need1, need2));
            m4.put("targetGroups", List.of(youth, seniors));
            m4.put("endDate", "2023-05-31");
            m4.put("progress", 0);
            Fixtures.measure(slug, m4);
            return new Catalogue(slug, education, housing, green, need1, need2, youth, seniors, actorX, actorY);
        }

        List<String> codes(Map<String, ?> query) {
            return api().queryParams(query)
                    .get(MEASURES, slug)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.code");
        }
    }

    @Test
    void actionFieldFilterMatchesPrimaryAndFurtherActionFields() {
        Catalogue c = Catalogue.create();
        assertThat(c.codes(Map.of())).containsExactly("M1", "M2", "M3", "M4");
        assertThat(c.codes(Map.of("actionField", c.education()))).containsExactly("M1", "M4");
        assertThat(c.codes(Map.of("actionField", c.housing()))).containsExactly("M1", "M2");
        assertThat(c.codes(Map.of("actionField", c.green()))).containsExactly("M3");
    }

    @Test
    void needFilterFindsTheMeasuresAnsweringTheNeed() {
        Catalogue c = Catalogue.create();
        assertThat(c.codes(Map.of("need", c.need1()))).containsExactly("M1", "M4");
        assertThat(c.codes(Map.of("need", c.need2()))).containsExactly("M2", "M4");
    }

    @Test
    void statusFilterCanBeRepeated() {
        Catalogue c = Catalogue.create();
        assertThat(c.codes(Map.of("status", "COMPLETED"))).containsExactly("M3");
        List<String> codes = api().queryParam("status", "PLANNED")
                .queryParam("status", "IN_PROGRESS")
                .get(MEASURES, c.slug())
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        assertThat(codes).containsExactly("M1", "M2");
        badInput()
                .queryParam("status", "FINISHED")
                .get(MEASURES, c.slug())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
    }

    @Test
    void targetGroupFilterFindsMeasuresAddressingTheGroup() {
        Catalogue c = Catalogue.create();
        assertThat(c.codes(Map.of("targetGroup", c.youth()))).containsExactly("M1", "M4");
        assertThat(c.codes(Map.of("targetGroup", c.seniors()))).containsExactly("M2", "M4");
        assertThat(c.codes(Map.of("targetGroup", "NOBODY_XYZ"))).isEmpty();
    }

    @Test
    void actorFilterFindsMeasuresTheActorLeadsOrPartnersIn() {
        Catalogue c = Catalogue.create();
        assertThat(c.codes(Map.of("actor", c.actorX()))).containsExactly("M1", "M2");
        assertThat(c.codes(Map.of("actor", c.actorY()))).containsExactly("M2", "M3");
    }

    @Test
    void periodFilterFindsOverlappingMeasuresTreatingOpenEndsAsUnbounded() {
        Catalogue c = Catalogue.create();
        // M1 2024-01-01..2024-12-31, M2 2025-06-01..open, M3 no dates, M4 open..2023-05-31
        assertThat(c.codes(Map.of("from", "2025-01-01"))).containsExactly("M2", "M3");
        assertThat(c.codes(Map.of("to", "2023-12-31"))).containsExactly("M3", "M4");
        assertThat(c.codes(Map.of("from", "2024-06-01", "to", "2024-06-30"))).containsExactly("M1", "M3");
        assertThat(c.codes(Map.of("from", "2024-12-31", "to", "2025-06-01"))).containsExactly("M1", "M2", "M3");
        assertThat(c.codes(Map.of("from", "2023-05-31", "to", "2023-05-31"))).containsExactly("M3", "M4");
        badInput()
                .queryParam("from", "31.12.2024")
                .get(MEASURES, c.slug())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void fullTextFilterUsesGermanStemming() {
        Catalogue c = Catalogue.create();
        assertThat(c.codes(Map.of("q", "Spielplatz"))).containsExactly("M1");
        assertThat(c.codes(Map.of("q", "Grünfläche"))).containsExactly("M3");
    }

    @Test
    void filtersCombine() {
        Catalogue c = Catalogue.create();
        assertThat(c.codes(Map.of("actionField", c.education(), "targetGroup", c.seniors())))
                .containsExactly("M4");
    }

    @Test
    void listCanBeSortedByProgressDescending() {
        Catalogue c = Catalogue.create();
        api().queryParam("sort", "-progress")
                .get(MEASURES, c.slug())
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("M3", "M2", "M1", "M4")))
                .body("items.progress", equalTo(List.of(100, 50, 10, 0)));
        badInput()
                .queryParam("sort", "budget")
                .get(MEASURES, c.slug())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
    }

    @Test
    void listIsPagedWithLinkHeader() {
        Catalogue c = Catalogue.create();
        Response first = api().queryParam("size", 3).get(MEASURES, c.slug());
        first.then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("M1", "M2", "M3")))
                .body("page", equalTo(0))
                .body("size", equalTo(3))
                .body("totalItems", equalTo(4))
                .body("totalPages", equalTo(2));
        Map<String, String> links = links(first.header("Link"));
        assertThat(links).containsOnlyKeys("first", "next", "last");
        assertThat(links.get("first")).contains("page=0").contains("size=3");
        assertThat(links.get("next")).contains("page=1").contains("size=3");
        assertThat(links.get("last")).contains("page=1").contains("size=3");

        Response second = api().queryParam("size", 3)
                .queryParam("page", 1)
                .queryParam("status", "IDEA")
                .queryParam("status", "PLANNED")
                .queryParam("status", "IN_PROGRESS")
                .queryParam("status", "COMPLETED")
                .get(MEASURES, c.slug());
        second.then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("M4")))
                .body("page", equalTo(1))
                .body("totalPages", equalTo(2));
        Map<String, String> secondLinks = links(second.header("Link"));
        assertThat(secondLinks).containsOnlyKeys("first", "prev", "last");
        assertThat(secondLinks.get("prev"))
                .contains("page=0")
                .contains("size=3")
                // the filters are kept
                .contains("status=IDEA")
                .contains("status=COMPLETED");

        api().queryParam("size", 3)
                .queryParam("page", 5)
                .get(MEASURES, c.slug())
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(4));
        badInput()
                .queryParam("size", 201)
                .get(MEASURES, c.slug())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    /** The targets of an RFC 8288 Link header by relation. */
    private static Map<String, String> links(String header) {
        assertThat(header).isNotNull();
        Map<String, String> byRel = new HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([a-z]+)\"")
                .matcher(header);
        while (m.find()) {
            byRel.put(m.group(2), m.group(1));
        }
        return byRel;
    }

    @Test
    void deleteIsRefusedWhileAPresentationReferencesTheMeasure() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String measure = Fixtures.measure(slug, Fixtures.measureBody("BQ-01", field));
        String committee = Fixtures.committee(slug, "Jugendhilfeausschuss");
        String presentation = api().body(Map.of(
                        "committeeId",
                        committee,
                        "date",
                        "2030-05-14",
                        "title",
                        "Vorstellung BQ-01",
                        "status",
                        "SCHEDULED",
                        "measureIds",
                        List.of(measure)))
                .post("/api/v1/areas/{slug}/presentations", slug)
                .then()
                .statusCode(201)
                .body("measures.code", equalTo(List.of("BQ-01")))
                .extract()
                .path("id");

        api().header("If-Match", "\"0\"")
                .delete(MEASURE, slug, measure)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("1 committee presentation"));
        api().get(MEASURE, slug, measure).then().statusCode(200);

        api().header("If-Match", "\"0\"")
                .delete("/api/v1/areas/{slug}/presentations/{id}", slug, presentation)
                .then()
                .statusCode(204);
        api().header("If-Match", "\"0\"").delete(MEASURE, slug, measure).then().statusCode(204);
        api().get(MEASURE, slug, measure).then().statusCode(404);
    }

    @Test
    void deleteRemovesTheMeasureWithItsSteps() {
        String slug = Fixtures.area();
        String measure = Fixtures.measure(slug, Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ")));
        addStep(slug, measure, "Erster Schritt", 0);
        addStep(slug, measure, "Zweiter Schritt", 1);

        api().delete(MEASURE, slug, measure).then().statusCode(428);
        api().header("If-Match", "\"0\"")
                .delete(MEASURE, slug, measure)
                .then()
                .statusCode(412)
                .header("ETag", "\"2\"");
        api().header("If-Match", etag(MEASURE, slug, measure))
                .delete(MEASURE, slug, measure)
                .then()
                .statusCode(204);
        api().get(MEASURE, slug, measure).then().statusCode(404).contentType("application/problem+json");
        api().get(STEPS, slug, measure).then().statusCode(404);
        api().get(MEASURES, slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void measureOfAnotherAreaIsNotFoundAndMalformedIdIsABadRequest() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String measure = Fixtures.measure(other, Fixtures.measureBody("BQ-01", Fixtures.actionField(other, "BQ")));
        api().get(MEASURE, slug, measure).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").delete(MEASURE, slug, measure).then().statusCode(404);
        badInput().get(MEASURE, slug, "BQ-01").then().statusCode(400).body("errors.field", hasItem("id"));
        badInput()
                .queryParam("need", "BQ-B1")
                .get(MEASURES, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("need"));
    }

    @Test
    void listingCostsTheSameSmallNumberOfStatementsWhateverThePageSize() {
        String slug = Fixtures.area();
        List<String> fields = List.of(
                Fixtures.actionField(slug, "BQ"), Fixtures.actionField(slug, "WU"), Fixtures.actionField(slug, "GS"));
        List<String> needs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            needs.add(Fixtures.need(slug, fields.get(i % 3), "N" + i));
        }
        List<String> actors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            actors.add(Fixtures.actor(slug, "Akteur " + i));
        }
        List<String> groups = List.of(targetGroup("YOUTH"), targetGroup("SENIORS"), targetGroup("FAMILIES"));

        for (int i = 0; i < 30; i++) {
            Map<String, Object> body = Fixtures.measureBody(String.format("M%02d", i), fields.get(i % 3));
            body.put("furtherActionFieldIds", List.of(fields.get((i + 1) % 3)));
            body.put("needIds", List.of(needs.get(i % 6), needs.get((i + 1) % 6)));
            body.put("leadActorId", actors.get(i % 4));
            body.put("partnerActorIds", List.of(actors.get((i + 1) % 4), actors.get((i + 2) % 4)));
            body.put("targetGroups", List.of(groups.get(i % 3), groups.get((i + 1) % 3)));
            body.put(
                    "links",
                    List.of(
                            link("Seite", "https://example.org/" + i),
                            link("Flyer", "https://example.org/" + i + ".pdf")));
            body.put("budget", Map.of("amount", "1000.00", "currency", "EUR"));
            String id = Fixtures.measure(slug, body);
            addStep(slug, id, "Schritt A", 0);
            addStep(slug, id, "Schritt B", 1);
        }

        long small = countListing(slug, 5);
        long large = countListing(slug, 30);
        assertThat(large).as("statements for 30 measures vs. 5 measures").isEqualTo(small);
        assertThat(large)
                .as("statements to list measures with all their associations (sign-in, area, count, ids, measures)")
                .isLessThanOrEqualTo(5);

        String id = api().queryParam("size", 1).get(MEASURES, slug).path("items[0].id");
        long detail = queries.count(() -> api().get(MEASURE, slug, id)
                .then()
                .statusCode(200)
                .body("steps", hasSize(2))
                .body("partnerActors", hasSize(2)));
        assertThat(detail)
                .as("statements to read a measure with all its associations (sign-in, area, measure)")
                .isLessThanOrEqualTo(3);
    }

    private long countListing(String slug, int size) {
        AtomicReference<Response> response = new AtomicReference<>();
        long count =
                queries.count(() -> response.set(api().queryParam("size", size).get(MEASURES, slug)));
        response.get()
                .then()
                .statusCode(200)
                .body("items", hasSize(size))
                .body("items[0].steps", hasSize(2))
                .body("items[0].needs", hasSize(2))
                .body("items[0].partnerActors", hasSize(2))
                .body("items[0].targetGroups", hasSize(2))
                .body("items[0].links", hasSize(2))
                .body("items[0].furtherActionFields", hasSize(1))
                .body("items[" + (size - 1) + "].steps.title", equalTo(List.of("Schritt A", "Schritt B")))
                .body("items[" + (size - 1) + "].leadActor.name", notNullValue());
        return count;
    }
}
