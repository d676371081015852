package de.ihk.history;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.Concept;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public history of a record shows what readers without draft rights saw change: no draft the record links to is
 * named, and a change that touched only drafts is not shown at all. Editors see every change.
 */
@QuarkusTest
class PublicHistoryApiTest {

    private Concept concept;

    @BeforeEach
    void aPublishedConceptWithDrafts() {
        concept = new Concept();
    }

    @Test
    void aPublishedMeasureDoesNotNameTheDraftNeedsAndActionFieldsItLinks() {
        String history = concept.path("measures", concept.publicMeasure) + "/history";

        String publicHistory = anonymous()
                .get(history)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].changes.find { it.field == 'needs' }.to.code", equalTo(List.of("PUB-B1")))
                .body("items[0].changes.find { it.field == 'furtherActionFields' }.to", equalTo(List.of()))
                .extract()
                .asString();
        assertThat(publicHistory).doesNotContain(concept.marker, concept.draftNeed, concept.draftField);

        api().get(history)
                .then()
                .statusCode(200)
                .body("items[0].changes.find { it.field == 'needs' }.to.code", equalTo(List.of("ENTW-B1", "PUB-B1")))
                .body("items[0].changes.find { it.field == 'furtherActionFields' }.to.code", equalTo(List.of("ENTW")));
    }

    @Test
    void aChangeOfDraftLinksOnlyIsNotShownToReaders() {
        String measure = concept.path("measures", concept.publicMeasure);
        Map<String, Object> input = new HashMap<>(Fixtures.measureBody("PUB-M1", concept.publicField));
        input.put("title", "Lernwerkstatt");
        input.put("needIds", List.of(concept.publicNeed));
        input.put("furtherActionFieldIds", List.of(concept.draftField));
        input.put("leadActorId", concept.actor);
        input.put("targetGroups", List.of(concept.targetGroup));
        input.put("publicationStatus", "PUBLISHED");
        concept.put(measure, input);

        api().get(measure + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].changes.field", equalTo(List.of("needs")));
        anonymous()
                .get(measure + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.action", equalTo(List.of("CREATED")));
    }

    @Test
    void aPublishedPresentationDoesNotNameTheDraftMeasuresItPresents() {
        String history = concept.path("presentations", concept.publicPresentation) + "/history";

        String publicHistory = anonymous()
                .get(history)
                .then()
                .statusCode(200)
                .body("items[0].changes.find { it.field == 'measures' }.to.code", equalTo(List.of("PUB-M1")))
                .extract()
                .asString();
        assertThat(publicHistory).doesNotContain(concept.marker, concept.draftMeasure);
        api().get(history)
                .then()
                .statusCode(200)
                .body("items[0].changes.find { it.field == 'measures' }.to.code", hasItem("ENTW-M1"));
    }

    @Test
    void theTimeARecordWasADraftIsNotShownToReaders() {
        String field = concept.path("action-fields", concept.draftField);
        concept.put(field, Map.of("code", "ENTW", "title", "Umwelt", "position", 2));
        concept.put(field, Map.of("code", "ENTW", "title", "Umwelt", "position", 2, "publicationStatus", "PUBLISHED"));

        String publicHistory = anonymous()
                .get(field + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].changes.find { it.field == 'title' }.from", equalTo(null))
                .body("items[0].changes.find { it.field == 'title' }.to", equalTo("Umwelt"))
                .extract()
                .asString();
        assertThat(publicHistory).doesNotContain(concept.marker);
        api().get(field + "/history").then().statusCode(200).body("totalItems", equalTo(3));
    }
}
