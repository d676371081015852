package de.ihk.write;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.Concept;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A record's ETag (its version) moves whenever its representation changes, also when the change is in a record it
 * shows (an action field's title in a measure, an actor's name in a step): a client holding the old ETag never gets a
 * 304 for a changed body. For readers without draft rights it moves only when what they see changes.
 */
@QuarkusTest
class RepresentationVersionApiTest {

    private Concept concept;

    @BeforeEach
    void aPublishedConceptWithDrafts() {
        concept = new Concept();
    }

    @Test
    void renamingAnActionFieldChangesTheEtagOfItsMeasuresAndNeeds() {
        String measure = concept.path("measures", concept.publicMeasure);
        String need = concept.path("needs", concept.publicNeed);
        String measureEtag = Fixtures.etag(measure);
        String needEtag = Fixtures.etag(need);
        String publicEtag = etagFor(anonymous(), measure);

        concept.put(
                concept.path("action-fields", concept.publicField),
                Map.of(
                        "code",
                        "PUB",
                        "title",
                        "Bildung und Teilhabe",
                        "position",
                        1,
                        "color",
                        "#336699",
                        "publicationStatus",
                        "PUBLISHED"));

        assertChanged(api(), measure, measureEtag, "actionField.title", "Bildung und Teilhabe");
        assertChanged(api(), need, needEtag, "actionField.title", "Bildung und Teilhabe");
        assertChanged(anonymous(), measure, publicEtag, "actionField.title", "Bildung und Teilhabe");
    }

    @Test
    void renamingAnActorChangesTheEtagOfMeasuresStepsAndPresentationsThatNameIt() {
        String measure = concept.path("measures", concept.publicMeasure);
        String step = concept.path("measures", concept.publicMeasure) + "/steps/" + concept.publicStep;
        String presentation = concept.path("presentations", concept.publicPresentation);
        Map<String, String> before = Map.of(
                measure, Fixtures.etag(measure), step, Fixtures.etag(step), presentation, Fixtures.etag(presentation));

        api().header("If-Match", Fixtures.etag("/api/v1/actors/" + concept.actor))
                .body(Map.of(
                        "name", "Stadtteilbüro Schinkel", "kind", "QUARTER_MANAGEMENT", "municipality", concept.slug))
                .put("/api/v1/actors/{id}", concept.actor)
                .then()
                .statusCode(200);

        assertChanged(api(), measure, before.get(measure), "leadActor.name", "Stadtteilbüro Schinkel");
        assertChanged(api(), step, before.get(step), "responsibleActor.name", "Stadtteilbüro Schinkel");
        assertChanged(api(), presentation, before.get(presentation), "presenter.name", "Stadtteilbüro Schinkel");
    }

    @Test
    void relabellingATargetGroupChangesTheEtagOfNeedsAndMeasuresThatNameIt() {
        String code = Fixtures.unique("GROUP").toUpperCase(Locale.ROOT).replace('-', '_');
        api().body(Map.of("code", code, "labelDe", "Jugendliche", "labelEn", "Young people"))
                .post("/api/v1/target-groups")
                .then()
                .statusCode(201);
        String need = concept.path("needs", concept.publicNeed);
        Map<String, Object> input = new HashMap<>(Map.of(
                "actionFieldId",
                concept.publicField,
                "code",
                "PUB-B1",
                "title",
                "Betreuung",
                "priority",
                "HIGH",
                "targetGroups",
                List.of(code),
                "publicationStatus",
                "PUBLISHED"));
        concept.put(need, input);
        String etag = Fixtures.etag(need);

        api().header("If-Match", Fixtures.etag("/api/v1/target-groups/" + code))
                .body(Map.of("code", code, "labelDe", "Junge Menschen", "labelEn", "Young people"))
                .put("/api/v1/target-groups/{code}", code)
                .then()
                .statusCode(200);

        assertChanged(api(), need, etag, "targetGroups[0].labelDe", "Junge Menschen");
    }

    @Test
    void renamingACommitteeOrAnEditionChangesTheEtagOfTheirPresentations() {
        String presentation = concept.path("presentations", concept.publicPresentation);
        String etag = Fixtures.etag(presentation);
        api().header("If-Match", Fixtures.etag("/api/v1/committees/" + concept.committee))
                .body(Map.of("name", "Ausschuss für Jugend", "municipality", concept.slug))
                .put("/api/v1/committees/{id}", concept.committee)
                .then()
                .statusCode(200);
        String renamed = assertChanged(api(), presentation, etag, "committee.name", "Ausschuss für Jugend");

        concept.put(concept.path("editions", concept.edition), Map.of("label", "IHK 2022 (Fortschreibung)"));
        assertChanged(api(), presentation, renamed, "edition.label", "IHK 2022 (Fortschreibung)");
    }

    @Test
    void aMeasureChangeReachesTheNeedsAndPresentationsThatShowIt() {
        String need = concept.path("needs", concept.publicNeed);
        String presentation = concept.path("presentations", concept.publicPresentation);
        String needEtag = Fixtures.etag(need);
        String presentationEtag = Fixtures.etag(presentation);

        Map<String, Object> measure = new HashMap<>(Fixtures.measureBody("PUB-M1", concept.publicField));
        measure.put("title", "Lernwerkstatt im Quartier");
        measure.put("status", "IN_PROGRESS");
        measure.put("needIds", List.of(concept.publicNeed));
        measure.put("publicationStatus", "PUBLISHED");
        concept.put(concept.path("measures", concept.publicMeasure), measure);

        assertChanged(api(), need, needEtag, "measures.title", hasItem("Lernwerkstatt im Quartier"));
        assertChanged(api(), presentation, presentationEtag, "measures.status", hasItem("IN_PROGRESS"));
    }

    @Test
    void aNeedThatLosesAMeasureChangesItsEtag() {
        String draftNeed = concept.path("needs", concept.draftNeed);
        String etag = Fixtures.etag(draftNeed);
        Map<String, Object> measure = new HashMap<>(Fixtures.measureBody("PUB-M1", concept.publicField));
        measure.put("title", "Lernwerkstatt");
        measure.put("needIds", List.of(concept.publicNeed));
        measure.put("publicationStatus", "PUBLISHED");
        concept.put(concept.path("measures", concept.publicMeasure), measure);

        assertChanged(api(), draftNeed, etag, "measures", List.of());
    }

    @Test
    void publishingANeedChangesWhatReadersSeeOfTheMeasuresAnsweringIt() {
        String measure = concept.path("measures", concept.publicMeasure);
        String publicEtag = etagFor(anonymous(), measure);
        anonymous().get(measure).then().body("needs.code", equalTo(List.of("PUB-B1")));

        concept.put(
                concept.path("needs", concept.draftNeed),
                Map.of(
                        "actionFieldId",
                        concept.publicField,
                        "code",
                        "ENTW-B1",
                        "title",
                        "Nachhilfe",
                        "priority",
                        "LOW",
                        "publicationStatus",
                        "PUBLISHED"));

        assertChanged(anonymous(), measure, publicEtag, "needs.code", List.of("ENTW-B1", "PUB-B1"));
    }

    @Test
    void changingOnlyDraftsLeavesWhatReadersSeeAndItsEtagAlone() {
        String measure = concept.path("measures", concept.publicMeasure);
        String measures = "/api/v1/areas/" + concept.slug + "/measures";
        String editorEtag = Fixtures.etag(measure);
        String publicEtag = etagFor(anonymous(), measure);
        String publicListEtag = etagFor(anonymous(), measures);
        String publicBody = anonymous().get(measure).asString();

        concept.put(
                concept.path("needs", concept.draftNeed),
                Map.of(
                        "actionFieldId",
                        concept.publicField,
                        "code",
                        "ENTW-B1",
                        "title",
                        concept.marker + " umbenannt",
                        "priority",
                        "LOW"));
        concept.put(
                concept.path("measures", concept.draftMeasure),
                Map.of(
                        "code",
                        "ENTW-M1",
                        "title",
                        concept.marker + " neu",
                        "actionFieldId",
                        concept.publicField,
                        "status",
                        "IDEA",
                        "priority",
                        "LOW"));

        assertChanged(api(), measure, editorEtag, "needs.title", hasItem(concept.marker + " umbenannt"));
        anonymous().header("If-None-Match", publicEtag).get(measure).then().statusCode(304);
        assertThat(anonymous().get(measure).asString()).isEqualTo(publicBody);
        anonymous().header("If-None-Match", publicListEtag).get(measures).then().statusCode(304);
    }

    @Test
    void writersOfDifferentStepsOfOneMeasureDoNotConflictButTheMeasureMoves() {
        String steps = concept.path("measures", concept.publicMeasure) + "/steps";
        String second = api().body(Map.of("title", "Zweiter Schritt", "status", "OPEN"))
                .post(steps)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String measure = concept.path("measures", concept.publicMeasure);
        String measureEtag = Fixtures.etag(measure);
        String firstEtag = Fixtures.etag(steps + "/" + concept.publicStep);
        String secondEtag = Fixtures.etag(steps + "/" + second);

        api().header("If-Match", firstEtag)
                .body(Map.of("title", "Räume finden", "status", "DONE"))
                .put(steps + "/" + concept.publicStep)
                .then()
                .statusCode(200);
        api().header("If-Match", secondEtag)
                .body(Map.of("title", "Zweiter Schritt", "status", "IN_PROGRESS"))
                .put(steps + "/" + second)
                .then()
                .statusCode(200);

        assertChanged(api(), measure, measureEtag, "steps.status", List.of("DONE", "IN_PROGRESS"));
    }

    private static String etagFor(RequestSpecification request, String path) {
        return request.get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The record has a new ETag, the old one gets the new body instead of 304, and the body shows the change. */
    private static String assertChanged(
            RequestSpecification request, String path, String oldEtag, String field, Object expected) {
        var response = request.header("If-None-Match", oldEtag).get(path).then().statusCode(200);
        if (expected instanceof org.hamcrest.Matcher<?> matcher) {
            response.body(field, matcher);
        } else {
            response.body(field, equalTo(expected));
        }
        String etag = response.extract().header("ETag");
        assertThat(etag).as("ETag of %s", path).isNotEqualTo(oldEtag);
        return etag;
    }
}
