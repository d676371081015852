package de.ihk.concept;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Api.withToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Api;
import de.ihk.testing.Concept;
import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditionAdoptionApiTest {

    private static final String EDITION = "/api/v1/areas/{slug}/editions/{id}";
    private static final String ADOPTION = EDITION + "/adoption";
    private static final String CONTENT = EDITION + "/content";
    private static final String COMPARE = "/api/v1/areas/{slug}/editions/compare";

    @Test
    void adoptingFreezesThePublishedConceptAndALaterRenameDoesNotChangeIt() {
        Concept c = new Concept();
        Response adopted = adopt(c.slug, c.edition, "2022-06-29");
        adopted.then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ADOPTED"))
                .body("adoptedOn", equalTo("2022-06-29"));
        String before = anonymous()
                .get(CONTENT, c.slug, c.edition)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath content = JsonPath.from(before);
        assertThat(content.getInt("schemaVersion")).isEqualTo(1);
        assertThat(content.getBoolean("live")).isFalse();
        assertThat(content.getString("capturedAt")).isNotNull();
        assertThat(content.getString("edition.adoptedOn")).isEqualTo("2022-06-29");
        assertThat(content.getList("measures.title", String.class)).containsExactly("Lernwerkstatt");

        renamePublicMeasure(c);
        api().header("If-Match", Fixtures.etag(c.path("action-fields", c.publicField)))
                .body(Map.of("code", "PUB", "title", "Bildung neu", "position", 1, "publicationStatus", "PUBLISHED"))
                .put(c.path("action-fields", c.publicField))
                .then()
                .statusCode(200);

        String after = anonymous()
                .get(CONTENT, c.slug, c.edition)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(after).isEqualTo(before);
        assertThat(JsonPath.from(after).getList("actionFields.title", String.class))
                .containsExactly("Bildung");
    }

    @Test
    void draftsNeverEnterTheSnapshot() {
        Concept c = new Concept();
        adopt(c.slug, c.edition, "2022-06-29").then().statusCode(200);

        String content = api().get(CONTENT, c.slug, c.edition)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(content).doesNotContain(c.marker);
        for (String draft : c.draftIds()) {
            assertThat(content).doesNotContain(draft);
        }
        JsonPath json = JsonPath.from(content);
        assertThat(json.getList("actionFields.id", String.class)).containsExactly(c.publicField);
        assertThat(json.getList("needs.id", String.class)).containsExactly(c.publicNeed);
        assertThat(json.getList("needs[0].measureIds", String.class)).containsExactly(c.publicMeasure);
        assertThat(json.getList("measures[0].needIds", String.class)).containsExactly(c.publicNeed);
        assertThat(json.getList("measures[0].furtherActionFieldIds", String.class))
                .isEmpty();
        assertThat(json.getList("measures[0].steps.id", String.class)).containsExactly(c.publicStep);
        assertThat(json.getString("measures[0].leadActor.id")).isEqualTo(c.actor);
        assertThat(json.getList("measures[0].targetGroups.code", String.class)).containsExactly(c.targetGroup);
        assertThat(json.getList("presentations.id", String.class)).containsExactly(c.publicPresentation);
        assertThat(json.getString("area.slug")).isEqualTo(c.slug);
    }

    @Test
    void aPreparingEditionShowsTheLivePublishedConcept() {
        Concept c = new Concept();
        String first = anonymous()
                .get(CONTENT, c.slug, c.edition)
                .then()
                .statusCode(200)
                .body("live", equalTo(true))
                .body("capturedAt", nullValue())
                .body("edition.status", equalTo("PREPARING"))
                .body("measures.title", equalTo(List.of("Lernwerkstatt")))
                .extract()
                .asString();
        assertThat(first).doesNotContain(c.marker);

        renamePublicMeasure(c);
        anonymous()
                .get(CONTENT, c.slug, c.edition)
                .then()
                .statusCode(200)
                .body("measures.title", equalTo(List.of("Lernwerkstatt im Quartier")));
    }

    @Test
    void contentHasAnEtagAndAnAdoptedEditionsContentIsImmutableForReaders() {
        Concept c = new Concept();
        Response preparing = anonymous().get(CONTENT, c.slug, c.edition);
        assertThat(preparing.header("Cache-Control")).isEqualTo("public, no-cache");
        adopt(c.slug, c.edition, "2022-06-29").then().statusCode(200);

        Response adopted = anonymous().get(CONTENT, c.slug, c.edition);
        adopted.then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable");
        String etag = adopted.header("ETag");
        assertThat(etag).startsWith("\"a-");
        anonymous()
                .header("If-None-Match", etag)
                .get(CONTENT, c.slug, c.edition)
                .then()
                .statusCode(304)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        api().get(CONTENT, c.slug, c.edition).then().statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void adoptingTwiceIsAConflictAndAnAdoptedEditionCannotBeChanged() {
        Concept c = new Concept();
        adopt(c.slug, c.edition, "2022-06-29").then().statusCode(200);

        api().header("If-Match", "\"1\"")
                .body(Map.of("adoptedOn", "2022-07-01"))
                .post(ADOPTION, c.slug, c.edition)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already adopted on 2022-06-29"));
        api().header("If-Match", "\"1\"")
                .body(Map.of("label", "IHK 2022 geändert"))
                .put(EDITION, c.slug, c.edition)
                .then()
                .statusCode(409)
                .body("detail", containsString("cannot be changed"));
        api().get(EDITION, c.slug, c.edition)
                .then()
                .body("label", equalTo("IHK 2022"))
                .body("version", equalTo(1));
    }

    @Test
    void adoptionNeedsIfMatchADateAndAnEditorAndIsRecordedInTheHistory() {
        Concept c = new Concept();
        api().body(Map.of("adoptedOn", "2022-06-29"))
                .post(ADOPTION, c.slug, c.edition)
                .then()
                .statusCode(428);
        api().header("If-Match", "\"7\"")
                .body(Map.of("adoptedOn", "2022-06-29"))
                .post(ADOPTION, c.slug, c.edition)
                .then()
                .statusCode(412);
        badInput()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post(ADOPTION, c.slug, c.edition)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("adoptedOn"));
        badInput()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("adoptedOn", "29.06.2022"))
                .post(ADOPTION, c.slug, c.edition)
                .then()
                .statusCode(400);
        given().filter(Api.RESPONSES_ONLY)
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("adoptedOn", "2022-06-29"))
                .post(ADOPTION, c.slug, c.edition)
                .then()
                .statusCode(401);
        String contributor = Credentials.token("CONTRIBUTOR", List.of(), List.of(c.actor));
        withToken(contributor)
                .header("If-Match", "\"0\"")
                .body(Map.of("adoptedOn", "2022-06-29"))
                .post(ADOPTION, c.slug, c.edition)
                .then()
                .statusCode(403);
        api().get(EDITION, c.slug, c.edition).then().body("status", equalTo("PREPARING"));

        String editor = Credentials.token("EDITOR", List.of(areaId(c.slug)), List.of());
        withToken(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("adoptedOn", "2022-06-29"))
                .post(ADOPTION, c.slug, c.edition)
                .then()
                .statusCode(200);
        api().get(EDITION + "/history", c.slug, c.edition)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("UPDATED"))
                .body("items[0].changes.field", hasItem("status"));
    }

    @Test
    void onlyAnAdminDeletesAnAdoptedEditionAndItsSnapshotGoesWithIt() {
        String slug = publishedArea();
        String edition = edition(slug, "IHK 2022");
        adopt(slug, edition, "2022-06-29").then().statusCode(200);
        String editor = Credentials.token("EDITOR", List.of(areaId(slug)), List.of());
        withToken(editor)
                .header("If-Match", "\"1\"")
                .delete(EDITION, slug, edition)
                .then()
                .statusCode(403);
        api().header("If-Match", "\"1\"").delete(EDITION, slug, edition).then().statusCode(204);
        api().get(CONTENT, slug, edition).then().statusCode(404);
        api().get(EDITION + "/history", slug, edition)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("DELETED"));
    }

    @Test
    void aDraftAreaHasNothingToAdoptAndItsEditionsAreInvisibleToReaders() {
        String slug = Fixtures.area();
        String edition = edition(slug, "IHK 2022");
        api().header("If-Match", "\"0\"")
                .body(Map.of("adoptedOn", "2022-06-29"))
                .post(ADOPTION, slug, edition)
                .then()
                .statusCode(409)
                .body("detail", containsString("draft"));
        anonymous().get(CONTENT, slug, edition).then().statusCode(404);
        given().accept("text/html")
                .get(EDITION + "/document", slug, edition)
                .then()
                .statusCode(404);
        anonymous()
                .queryParam("from", edition)
                .queryParam("to", "current")
                .get(COMPARE, slug)
                .then()
                .statusCode(404);
    }

    @Test
    void compareMatchesRecordsByIdSoARenameIsAChange() {
        Concept c = new Concept();
        adopt(c.slug, c.edition, "2022-06-29").then().statusCode(200);
        String later = edition(c.slug, "Fortschreibung 2027");

        renamePublicMeasure(c);
        Map<String, Object> added = Fixtures.measureBody("PUB-M2", c.publicField);
        added.put("publicationStatus", "PUBLISHED");
        String addedMeasure = Fixtures.measure(c.slug, added);
        String addedNeed = api().body(Map.of(
                        "actionFieldId",
                        c.publicField,
                        "code",
                        "PUB-B2",
                        "title",
                        "Treffpunkt",
                        "priority",
                        "LOW",
                        "publicationStatus",
                        "PUBLISHED"))
                .post("/api/v1/areas/{slug}/needs", c.slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Taken back to draft: gone from what readers see, so removed from the concept.
        c.put(
                c.path("needs", c.publicNeed),
                Map.of(
                        "actionFieldId",
                        c.publicField,
                        "code",
                        "PUB-B1",
                        "title",
                        "Betreuung",
                        "priority",
                        "HIGH",
                        "publicationStatus",
                        "DRAFT"));

        anonymous()
                .queryParam("from", c.edition)
                .queryParam("to", later)
                .get(COMPARE, c.slug)
                .then()
                .statusCode(200)
                .body("from.label", equalTo("IHK 2022"))
                .body("from.live", equalTo(false))
                .body("to.label", equalTo("Fortschreibung 2027"))
                .body("to.live", equalTo(true))
                .body("counts.measures.added", equalTo(1))
                .body("counts.measures.removed", equalTo(0))
                .body("counts.measures.changed", equalTo(1))
                .body("measures.added[0].id", equalTo(addedMeasure))
                .body("measures.added[0].actionField.code", equalTo("PUB"))
                .body("measures.changed[0].id", equalTo(c.publicMeasure))
                .body("measures.changed[0].title", equalTo("Lernwerkstatt im Quartier"))
                .body("measures.changed[0].changes.find { it.field == 'title' }.before", equalTo("Lernwerkstatt"))
                .body(
                        "measures.changed[0].changes.find { it.field == 'title' }.after",
                        equalTo("Lernwerkstatt im Quartier"))
                .body("measures.changed[0].changes.find { it.field == 'description' }.before", nullValue())
                .body(
                        "measures.changed[0].changes.find { it.field == 'description' }.after",
                        equalTo("Neu beschrieben."))
                .body("needs.added.id", equalTo(List.of(addedNeed)))
                .body("needs.removed.id", equalTo(List.of(c.publicNeed)))
                .body("counts.needs.removed", equalTo(1))
                .body("actionFields.changed", empty());

        anonymous()
                .queryParam("from", c.edition)
                .queryParam("to", "current")
                .get(COMPARE, c.slug)
                .then()
                .statusCode(200)
                .body("to.id", nullValue())
                .body("to.live", equalTo(true))
                .body("counts.measures.changed", equalTo(1));
    }

    @Test
    void compareExplainsBadRequests() {
        Concept c = new Concept();
        String other = publishedArea();
        String foreign = edition(other, "IHK 2022");

        badInput().get(COMPARE, c.slug).then().statusCode(400).body("errors.field", equalTo(List.of("from", "to")));
        badInput()
                .queryParam("from", "nicht-eine-id")
                .queryParam("to", "current")
                .get(COMPARE, c.slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("from")));
        badInput()
                .queryParam("from", c.edition)
                .queryParam("to", c.edition)
                .get(COMPARE, c.slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("itself"));
        badInput()
                .queryParam("from", c.edition)
                .queryParam("to", foreign)
                .get(COMPARE, c.slug)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(foreign));
        badInput()
                .queryParam("from", "3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21")
                .queryParam("to", "current")
                .get(COMPARE, c.slug)
                .then()
                .statusCode(404);
        badInput()
                .get(CONTENT, c.slug, "3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21")
                .then()
                .statusCode(404);
        badInput().get(CONTENT, c.slug, "kaputt").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    /** Renames the concept's public measure (keeping it published, with its public need). */
    private static void renamePublicMeasure(Concept c) {
        Map<String, Object> renamed = Fixtures.measureBody("PUB-M1", c.publicField);
        renamed.put("title", "Lernwerkstatt im Quartier");
        renamed.put("publicationStatus", "PUBLISHED");
        renamed.put("needIds", List.of(c.publicNeed));
        renamed.put("description", "Neu beschrieben.");
        c.put(c.path("measures", c.publicMeasure), renamed);
    }

    static Response adopt(String slug, String edition, String day) {
        String etag = Fixtures.etag(EDITION, slug, edition);
        return api().header("If-Match", etag).body(Map.of("adoptedOn", day)).post(ADOPTION, slug, edition);
    }

    static String publishedArea() {
        String slug = Fixtures.unique("area");
        Map<String, Object> area = Fixtures.areaBody(slug, slug);
        area.put("publicationStatus", "PUBLISHED");
        api().body(area).post("/api/v1/areas").then().statusCode(201);
        return slug;
    }

    static String edition(String slug, String label) {
        return api().body(Map.of("label", label))
                .post("/api/v1/areas/{slug}/editions", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String areaId(String slug) {
        return api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
    }
}
