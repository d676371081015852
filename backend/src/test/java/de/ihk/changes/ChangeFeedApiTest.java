package de.ihk.changes;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.ihk.testing.Concept;
import de.ihk.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change feed as an integrator follows it: from a cursor on, every change once, in commit order, seen as the
 * caller may see it (for anonymous readers a draft does not exist: publishing is an UPSERT, unpublishing a DELETE).
 */
@QuarkusTest
class ChangeFeedApiTest {

    @Inject
    ChangeFeed feed;

    @Inject
    ChangeFeedMaintenance maintenance;

    @Inject
    EntityManager em;

    private String start;
    private Concept concept;

    @BeforeEach
    void aConceptCreatedAfterTheCurrentEndOfTheFeed() {
        feed.sequence();
        start = new ChangeCursor(feed.latestPosition(), feed.prunedPosition()).toString();
        concept = new Concept();
    }

    /** What a client following the feed from {@code cursor} knows afterwards: record id → last action. */
    private static final class Follower {
        final Map<String, String> state = new LinkedHashMap<>();
        final List<Map<String, Object>> items = new ArrayList<>();
        final Supplier<RequestSpecification> as;
        String cursor;

        Follower(Supplier<RequestSpecification> as, String cursor) {
            this.as = as;
            this.cursor = cursor;
        }

        Follower follow() {
            while (true) {
                JsonPath page = as.get()
                        .queryParam("after", cursor)
                        .queryParam("limit", 7)
                        .get("/api/v1/changes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                List<Map<String, Object>> batch = page.getList("items");
                cursor = page.getString("nextCursor");
                if (batch.isEmpty()) {
                    return this;
                }
                for (Map<String, Object> item : batch) {
                    items.add(item);
                    state.put((String) item.get("id"), (String) item.get("action"));
                }
            }
        }

        List<String> present() {
            return state.entrySet().stream()
                    .filter(e -> e.getValue().equals("UPSERT"))
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }

    @Test
    void anonymousReadersLearnOfThePublicRecordsOnly() {
        Follower reader = new Follower(() -> anonymous(), start).follow();

        assertThat(reader.present())
                .contains(concept.publicIds().stream()
                        .filter(id -> !id.equals(concept.actor) && !id.equals(concept.committee))
                        .toArray(String[]::new));
        assertThat(reader.state.keySet()).doesNotContainAnyElementsOf(concept.draftIds());
        assertThat(reader.items.toString()).doesNotContain(concept.marker);
        Map<String, Object> measure = reader.items.stream()
                .filter(i -> i.get("id").equals(concept.publicMeasure))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(measure.get("recordType")).isEqualTo("MEASURE");
        assertThat(measure.get("areaSlug")).isEqualTo(concept.slug);
        assertThat(measure.get("href")).isEqualTo(concept.path("measures", concept.publicMeasure));
        anonymous().get((String) measure.get("href")).then().statusCode(200);
    }

    @Test
    void editorsLearnOfTheDraftsToo() {
        Follower editor = new Follower(() -> api(), start).follow();

        assertThat(editor.present()).containsAll(concept.draftIds()).containsAll(concept.publicIds());
    }

    @Test
    void publishingIsAnUpsertAndUnpublishingOrDeletingADeleteForReaders() {
        Follower reader = new Follower(() -> anonymous(), start).follow();
        Follower editor = new Follower(() -> api(), start).follow();

        String draftMeasure = concept.path("measures", concept.draftMeasure);
        Fixtures.setPublication(draftMeasure, "PUBLISHED");
        reader.follow();
        assertThat(reader.state).containsEntry(concept.draftMeasure, "UPSERT");
        assertThat(reader.state).containsEntry(concept.draftMeasureStep, "UPSERT"); // its step became public with it

        Fixtures.setPublication(draftMeasure, "DRAFT");
        api().header(
                        "If-Match",
                        Fixtures.etag(concept.path("measures", concept.publicMeasure) + "/steps/" + concept.publicStep))
                .delete(concept.path("measures", concept.publicMeasure) + "/steps/" + concept.publicStep)
                .then()
                .statusCode(204);
        reader.follow();
        editor.follow();
        assertThat(reader.state)
                .containsEntry(concept.draftMeasure, "DELETE")
                .containsEntry(concept.draftMeasureStep, "DELETE")
                .containsEntry(concept.publicStep, "DELETE");
        assertThat(editor.state)
                .containsEntry(concept.draftMeasure, "UPSERT")
                .containsEntry(concept.draftMeasureStep, "UPSERT")
                .containsEntry(concept.publicStep, "DELETE");
    }

    @Test
    void unpublishingAnActionFieldOrAreaRemovesWhatHangsFromIt() {
        Follower reader = new Follower(() -> anonymous(), start).follow();

        Fixtures.setPublication(concept.path("action-fields", concept.publicField), "DRAFT");
        reader.follow();
        assertThat(reader.state)
                .containsEntry(concept.publicField, "DELETE")
                .containsEntry(concept.publicNeed, "DELETE")
                .containsEntry(concept.publicMeasure, "DELETE")
                .containsEntry(concept.publicStep, "DELETE")
                .containsEntry(concept.publicPresentation, "UPSERT");

        Fixtures.setPublication("/api/v1/areas/" + concept.slug, "DRAFT");
        reader.follow();
        assertThat(reader.present()).doesNotContain(concept.slug, concept.publicPresentation, concept.edition);

        Fixtures.setPublication("/api/v1/areas/" + concept.slug, "PUBLISHED");
        Fixtures.setPublication(concept.path("action-fields", concept.publicField), "PUBLISHED");
        reader.follow();
        assertThat(reader.present())
                .contains(
                        concept.publicPresentation,
                        concept.edition,
                        concept.publicField,
                        concept.publicMeasure,
                        concept.publicStep)
                .doesNotContainAnyElementsOf(concept.draftIds());
    }

    @Test
    void theStepsOfAMeasureFollowItsActionFieldsPublicationAlsoWhenItAnswersNoNeedOfIt() {
        Map<String, Object> body = Fixtures.measureBody("PUB-M9", concept.publicField);
        body.put("publicationStatus", "PUBLISHED");
        String measure = Fixtures.measure(concept.slug, body);
        String step = api().body(Map.of("title", "Ohne Bedarf", "status", "OPEN"))
                .post(concept.path("measures", measure) + "/steps")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Follower reader = new Follower(() -> anonymous(), start).follow();
        assertThat(reader.state).containsEntry(measure, "UPSERT").containsEntry(step, "UPSERT");

        Fixtures.setPublication(concept.path("action-fields", concept.publicField), "DRAFT");
        reader.follow();
        assertThat(reader.state).containsEntry(measure, "DELETE").containsEntry(step, "DELETE");

        Fixtures.setPublication(concept.path("action-fields", concept.publicField), "PUBLISHED");
        reader.follow();
        assertThat(reader.state).containsEntry(measure, "UPSERT").containsEntry(step, "UPSERT");
    }

    @Test
    void concurrentWritersAreSeenExactlyOnceInCommitOrder() throws Exception {
        Follower reader = new Follower(() -> api(), start).follow();
        String steps = concept.path("measures", concept.publicMeasure) + "/steps";
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            created.add(writers.submit(() -> api().body(Map.of("title", "Schritt " + n, "status", "OPEN"))
                    .post(steps)
                    .then()
                    .statusCode(201)
                    .extract()
                    .<String>path("id")));
        }
        while (created.stream().anyMatch(f -> !f.isDone())) {
            reader.follow(); // reading while transactions commit in any order
        }
        writers.shutdown();
        reader.follow();

        List<String> ids = new ArrayList<>();
        for (Future<String> f : created) {
            ids.add(f.get());
        }
        assertThat(reader.state).containsKeys(ids.toArray(String[]::new));
        Map<String, Integer> seen = new HashMap<>();
        reader.items.forEach(i -> seen.merge((String) i.get("id"), 1, Integer::sum));
        ids.forEach(id -> assertThat(seen.get(id)).as("changes of step %s", id).isEqualTo(1));
        List<String> cursors =
                reader.items.stream().map(i -> (String) i.get("cursor")).toList();
        List<Long> positions =
                cursors.stream().map(c -> ChangeCursor.parse(c).position()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void indicatorsAreInTheFeedAsReadersSeeThem() {
        Follower reader = new Follower(() -> anonymous(), start).follow();
        Follower editor = new Follower(() -> api(), start).follow();
        Map<String, Object> indicator = reader.items.stream()
                .filter(i -> i.get("id").equals(concept.publicIndicator))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(indicator.get("recordType")).isEqualTo("INDICATOR");
        assertThat(indicator.get("href")).isEqualTo(concept.path("indicators", concept.publicIndicator));
        assertThat(reader.state).doesNotContainKey(concept.draftIndicator);
        assertThat(editor.state).containsEntry(concept.draftIndicator, "UPSERT");

        // a need it shows is renamed: the indicator's representation changed with it
        int seen = reader.items.size();
        concept.put(
                concept.path("needs", concept.publicNeed),
                Map.of(
                        "actionFieldId",
                        concept.publicField,
                        "code",
                        "PUB-B1",
                        "title",
                        "Betreuung unter Dreijähriger",
                        "priority",
                        "HIGH",
                        "publicationStatus",
                        "PUBLISHED"));
        reader.follow();
        assertThat(reader.items.subList(seen, reader.items.size()))
                .anySatisfy(i -> assertThat(i.get("id")).isEqualTo(concept.publicIndicator));

        String draft = concept.path("indicators", concept.draftIndicator);
        Fixtures.setPublication(draft, "PUBLISHED");
        reader.follow();
        assertThat(reader.state).containsEntry(concept.draftIndicator, "UPSERT");

        Fixtures.setPublication(draft, "DRAFT");
        reader.follow();
        assertThat(reader.state).containsEntry(concept.draftIndicator, "DELETE");

        api().header("If-Match", Fixtures.etag(draft)).delete(draft).then().statusCode(204);
        editor.follow();
        assertThat(editor.state).containsEntry(concept.draftIndicator, "DELETE");
        assertThat(new Follower(() -> api().queryParam("type", "INDICATOR"), start).follow().items)
                .allSatisfy(i -> assertThat(i.get("recordType")).isEqualTo("INDICATOR"))
                .isNotEmpty();
    }

    @Test
    void filtersByAreaAndType() {
        String other = Fixtures.area();
        Fixtures.actionField(other, "X");
        Follower onlyMeasures = new Follower(
                        () -> api().queryParam("area", concept.slug).queryParam("type", "MEASURE", "ACTION_STEP"),
                        start)
                .follow();

        assertThat(onlyMeasures.items)
                .allSatisfy(i -> assertThat(i.get("areaSlug")).isEqualTo(concept.slug))
                .allSatisfy(i -> assertThat(i.get("recordType")).isIn("MEASURE", "ACTION_STEP"));
        assertThat(onlyMeasures.state).containsKeys(concept.publicMeasure, concept.publicStep);
    }

    @Test
    void hrefsFollowARenamedTargetGroupCode() {
        String code = Fixtures.unique("TG").toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        String id = api().body(Map.of("code", code, "labelDe", "Gruppe", "labelEn", "Group"))
                .post("/api/v1/target-groups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/target-groups/" + code;
        api().header("If-Match", Fixtures.etag(path))
                .body(Map.of("code", code + "_NEU", "labelDe", "Gruppe", "labelEn", "Group"))
                .put(path)
                .then()
                .statusCode(200);

        Follower reader = new Follower(() -> anonymous(), start).follow();
        assertThat(reader.items.stream().filter(i -> i.get("id").equals(id)).map(i -> i.get("href")))
                .containsOnly("/api/v1/target-groups/" + code + "_NEU");
    }

    @Test
    void badParametersAreRefused() {
        badInput()
                .queryParam("after", "nonsense")
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
        badInput()
                .queryParam("limit", "1001")
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        badInput().queryParam("limit", "0").get("/api/v1/changes").then().statusCode(400);
        badInput()
                .queryParam("type", "ACCOUNT")
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        badInput().queryParam("type", "PERSON").get("/api/v1/changes").then().statusCode(400);
        badInput()
                .queryParam("area", "no-such-area")
                .get("/api/v1/changes")
                .then()
                .statusCode(404);
    }

    @Test
    void aCursorBehindRemovedDeletionsIsGone() {
        String step = concept.path("measures", concept.draftMeasure) + "/steps/" + concept.draftMeasureStep;
        api().header("If-Match", Fixtures.etag(step)).delete(step).then().statusCode(204);
        feed.sequence();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE change_log SET changed_at = changed_at - interval '100 days' WHERE record_id = :id")
                        .setParameter("id", java.util.UUID.fromString(concept.draftMeasureStep))
                        .executeUpdate());

        maintenance.compact();

        api().queryParam("after", start)
                .get("/api/v1/changes")
                .then()
                .statusCode(410)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("Read everything again"));
        Follower fromScratch = new Follower(() -> api(), null).follow();
        assertThat(fromScratch.state)
                .doesNotContainKey(concept.draftMeasureStep)
                .containsKey(concept.publicStep);
    }
}
