package de.ihk.search;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchApiTest {

    private static final String SEARCH = "/api/v1/search";

    @Inject
    EntityManager em;

    @Test
    void germanStemmingFindsInflectedForms() {
        String slug = Fixtures.area();
        Map<String, Object> body = Fixtures.measureBody("GR-01", Fixtures.actionField(slug, "GR"));
        body.put("title", "Neue Spielplätze im Hasepark");
        String measure = Fixtures.measure(slug, body);

        api().queryParam("q", "Spielplatz")
                .queryParam("area", slug)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].type", equalTo("MEASURE"))
                .body("items[0].id", equalTo(measure))
                .body("items[0].title", equalTo("Neue Spielplätze im Hasepark"))
                .body("items[0].area.slug", equalTo(slug))
                .body("items[0].area.name", equalTo("Sanierungsgebiet " + slug));
    }

    @Test
    void everyKindOfRecordIsFoundTypedAndItsHrefAnswers() {
        String word = word();
        String slug = Fixtures.area();
        Map<String, String> records = everyKindOfRecord(slug, word);

        Response response = api().queryParam("q", word)
                .queryParam("area", slug)
                .queryParam("size", 50)
                .get(SEARCH);
        response.then().statusCode(200).body("totalItems", equalTo(6));
        List<Map<String, Object>> items = response.path("items");

        Map<String, String> found = new HashMap<>();
        for (Map<String, Object> item : items) {
            found.put((String) item.get("type"), (String) item.get("id"));
        }
        assertThat(found).isEqualTo(records);

        for (Map<String, Object> item : items) {
            String type = (String) item.get("type");
            String href = (String) item.get("href");
            String id = (String) item.get("id");
            if (type.equals("ACTOR")) {
                assertThat(item.get("area")).isNull();
                assertThat(href).isEqualTo("/api/v1/actors/" + id);
            } else {
                assertThat(item.get("area")).isEqualTo(Map.of("slug", slug, "name", "Sanierungsgebiet " + slug));
                assertThat(href).startsWith("/api/v1/areas/" + slug);
            }
            if (!type.equals("AREA")) {
                assertThat(href).endsWith("/" + id);
            }
            JsonPath record = api().get(href).then().statusCode(200).extract().jsonPath();
            assertThat(record.getString("id")).as("record behind %s", href).isEqualTo(id);
        }
    }

    @Test
    void typeFilterIsRepeatable() {
        String word = word();
        String slug = Fixtures.area();
        Map<String, String> records = everyKindOfRecord(slug, word);

        api().queryParam("q", word)
                .queryParam("type", "MEASURE", "NEED")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        List<String> types = api().queryParam("q", word)
                .queryParam("type", "MEASURE", "NEED")
                .get(SEARCH)
                .then()
                .extract()
                .path("items.type");
        assertThat(types).containsExactlyInAnyOrder("MEASURE", "NEED");
        api().queryParam("q", word)
                .queryParam("type", "ACTION_STEP")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(records.get("ACTION_STEP"))));
        badInput()
                .queryParam("q", word)
                .queryParam("type", "PRESENTATION")
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type"));
    }

    @Test
    void areaFilterRestrictsResultsToTheAreaAndTheActorsOfItsMunicipality() {
        String word = word();
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String mine = measure(slug, "Maßnahme " + word, null);
        String theirs = measure(other, "Maßnahme " + word, null);
        String myActor = Fixtures.actor(slug, "Verein " + word);
        String theirActor = Fixtures.actor(other, "Verein " + word);

        Response restricted =
                api().queryParam("q", word).queryParam("area", slug).get(SEARCH);
        restricted.then().statusCode(200).body("totalItems", equalTo(2));
        List<String> ids = restricted.path("items.id");
        assertThat(ids).containsExactlyInAnyOrder(mine, myActor);

        List<String> all = api().queryParam("q", word)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(all).containsExactlyInAnyOrder(mine, theirs, myActor, theirActor);

        api().queryParam("q", word)
                .queryParam("area", "kein-gebiet")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void aTitleMatchRanksAboveADescriptionOnlyMatch() {
        String word = word();
        String slug = Fixtures.area();
        String inDescription = measure(slug, "Aaa Quartiersfest", "Beim Fest gibt es " + word + " für alle.");
        String inTitle = measure(slug, "Zzz " + word, "Ein Fest im Quartier.");

        Response response = api().queryParam("q", word).queryParam("area", slug).get(SEARCH);
        response.then().statusCode(200).body("items.id", equalTo(List.of(inTitle, inDescription)));
        List<Number> ranks = response.path("items.rank");
        assertThat(ranks.get(0).doubleValue()).isGreaterThan(ranks.get(1).doubleValue());
    }

    @Test
    void acrossAreasATitleMatchRanksBeforeMoreBodyMatchesThanAreListed() {
        String word = word();
        String crowded = Fixtures.area();
        int bodyMatches = SearchService.MAX_RESULTS + 50;
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        INSERT INTO measure (id, version, created_at, updated_at, area_id, action_field_id, code, title,
                                             description, status, priority, progress, publication_status)
                        SELECT gen_random_uuid(), 0, now(), now(), a.id, :field, 'ZZ-' || lpad(n::text, 5, '0'),
                               'A ' || n, 'Beim Fest gibt es ' || :word || '.', 'PLANNED', 'LOW', 0, 'PUBLISHED'
                          FROM area a, generate_series(1, :count) n WHERE a.slug = :slug""")
                        .setParameter("field", UUID.fromString(actionField(crowded)))
                        .setParameter("word", word)
                        .setParameter("count", bodyMatches)
                        .setParameter("slug", crowded)
                        .executeUpdate());
        String longTitle = measure(Fixtures.area(), "Ein langer Titel mit " + word + " darin", null);
        String shortTitle = measure(Fixtures.area(), "Zzz " + word, null);

        Response first = api().queryParam("q", word).queryParam("size", 3).get(SEARCH);
        first.then()
                .statusCode(200)
                .body("totalItems", equalTo(SearchService.MAX_RESULTS))
                .body("totalItemsCapped", equalTo(true))
                .body("totalPages", equalTo(SearchService.MAX_RESULTS / 3 + 1));
        assertThat(first.<List<String>>path("items.id").subList(0, 2)).containsExactly(shortTitle, longTitle);
        assertThat(first.<String>path("items[2].title")).isEqualTo("A 1");
        List<Number> ranks = first.path("items.rank");
        assertThat(ranks.get(0).doubleValue()).isEqualTo(ranks.get(1).doubleValue());
        assertThat(ranks.get(1).doubleValue()).isGreaterThan(ranks.get(2).doubleValue());
        assertThat(first.<String>path("items[2].snippet")).contains("<mark>" + word + "</mark>");

        // Body-only matches in order of title length, then title: "A 1" … "A 9", then "A 10" …
        api().queryParam("q", word)
                .queryParam("size", 3)
                .queryParam("page", 3)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("A 8", "A 9", "A 10")));
        api().queryParam("q", word)
                .queryParam("size", 3)
                .queryParam("page", SearchService.MAX_RESULTS / 3 + 1)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItemsCapped", equalTo(true));
        api().queryParam("q", word)
                .queryParam("area", crowded)
                .queryParam("size", 2)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(SearchService.MAX_RESULTS))
                .body("items.title", equalTo(List.of("A 1", "A 2")));
    }

    @Test
    void aCountBelowTheLimitIsExact() {
        String word = word();
        measure(Fixtures.area(), "Erste " + word, null);
        api().queryParam("q", word)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("totalItemsCapped", equalTo(false));
    }

    @Test
    void snippetMarksTheMatchAndEscapesHtml() {
        String word = word();
        String slug = Fixtures.area();
        measure(
                slug,
                "Spielnachmittag",
                "Kinder <script>alert(1)</script> & Eltern treffen sich zum " + word + " im Park.");

        String snippet = api().queryParam("q", word)
                .queryParam("area", slug)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .extract()
                .path("items[0].snippet");
        assertThat(snippet)
                .contains("<mark>" + word + "</mark>")
                .contains("&lt;script&gt;")
                .contains("&amp;")
                .doesNotContain("<script>")
                .doesNotContain("</script>");
    }

    @Test
    void resultsArePaged() {
        String word = word();
        String slug = Fixtures.area();
        List<String> measures = List.of(
                measure(slug, "Erste " + word, null),
                measure(slug, "Zweite " + word, null),
                measure(slug, "Dritte " + word, null));

        Response first = api().queryParam("q", word).queryParam("size", 2).get(SEARCH);
        first.then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        assertThat(first.header("Link"))
                .contains("rel=\"next\"")
                .contains("rel=\"last\"")
                .contains("page=1");
        Response second = api().queryParam("q", word)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get(SEARCH);
        second.then().statusCode(200).body("page", equalTo(1));
        assertThat(second.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        List<String> ids = new ArrayList<>(first.path("items.id"));
        ids.addAll(second.path("items.id"));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(measures);

        api().queryParam("q", word)
                .queryParam("size", 2)
                .queryParam("page", 5)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(3));
    }

    @Test
    void missingOrBlankSearchTextIsRefusedNamingQ() {
        badInput()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("q")));
        badInput().queryParam("q", "  ").get(SEARCH).then().statusCode(400).body("errors.field", equalTo(List.of("q")));
        badInput()
                .queryParam("q", "x".repeat(201))
                .get(SEARCH)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("q")));
    }

    @Test
    void searchSyntaxNeverFails() {
        for (String q : List.of("\"Soziale Stadt\"", "Jugend -Sport", "Kita or Schule", "a & b | !c", "'):*", "und")) {
            api().queryParam("q", q).get(SEARCH).then().statusCode(200);
        }
    }

    /** A word no other record contains: letters only, so that the parser keeps it as one word. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    /** One record of each searchable kind, each with the word in its title; returns type → id. */
    private static Map<String, String> everyKindOfRecord(String slug, String word) {
        Map<String, String> records = new LinkedHashMap<>();
        Map<String, Object> areaBody = Fixtures.areaBody(slug, slug);
        areaBody.put("summary", "Ein Quartier mit " + word + ".");
        String areaId = api().header("If-Match", "\"0\"")
                .body(areaBody)
                .put("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        records.put("AREA", areaId);

        String field = api().body(Map.of("code", "HF", "title", "Handlungsfeld " + word))
                .post("/api/v1/areas/{slug}/action-fields", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        records.put("ACTION_FIELD", field);

        String need = api().body(
                        Map.of("actionFieldId", field, "code", "HF-B1", "title", "Bedarf " + word, "priority", "LOW"))
                .post("/api/v1/areas/{slug}/needs", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        records.put("NEED", need);

        Map<String, Object> measureBody = Fixtures.measureBody("HF-01", field);
        measureBody.put("title", "Maßnahme " + word);
        String measure = Fixtures.measure(slug, measureBody);
        records.put("MEASURE", measure);

        String step = api().body(Map.of(
                        "title",
                        "Schritt " + word,
                        "status",
                        "OPEN",
                        "dueDate",
                        Fixtures.today().toString()))
                .post("/api/v1/areas/{slug}/measures/{id}/steps", slug, measure)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        records.put("ACTION_STEP", step);

        records.put("ACTOR", Fixtures.actor(slug, "Verein " + word));
        return records;
    }

    private static String measure(String slug, String title, String description) {
        String code = "M-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Fixtures.measureBody(code, actionField(slug));
        body.put("title", title);
        body.put("description", description);
        return Fixtures.measure(slug, body);
    }

    /** The area's action field "XX", created on first use. */
    private static String actionField(String slug) {
        List<String> ids = api().get("/api/v1/areas/{slug}/action-fields", slug)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        return ids.isEmpty() ? Fixtures.actionField(slug, "XX") : ids.get(0);
    }
}
