package de.ihk.auth;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.withToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafts are invisible to anonymous readers in every read path, and visible to the editors of their area. */
@QuarkusTest
class PublishingApiTest {

    private String slug;
    private String publicField;
    private String draftField;
    private String publicNeed;
    private String draftNeed;
    private String publicMeasure;
    private String draftMeasure;
    private String draftPresentation;

    private static void publish(String template, Object... params) {
        String path = template;
        for (Object param : params) {
            path = path.replaceFirst("\\{[a-z]+}", String.valueOf(param));
        }
        Fixtures.setPublication(path, "PUBLISHED");
    }

    @BeforeEach
    void aPublishedAreaWithDraftsInIt() {
        slug = Fixtures.area();
        publish("/api/v1/areas/{slug}", slug);
        publicField = Fixtures.actionField(slug, "PUB");
        publish("/api/v1/areas/{slug}/action-fields/{id}", slug, publicField);
        draftField = Fixtures.actionField(slug, "DRAFT");
        publicNeed = Fixtures.need(slug, publicField, "PUB-B1");
        publish("/api/v1/areas/{slug}/needs/{id}", slug, publicNeed);
        draftNeed = Fixtures.need(slug, publicField, "DRAFT-B1");
        Map<String, Object> draft = Fixtures.measureBody("DRAFT-M", publicField);
        draft.put("needIds", List.of(publicNeed));
        draft.put("title", "Geheimer Entwurf Wasserspielplatz");
        draftMeasure = Fixtures.measure(slug, draft);
        Map<String, Object> published = Fixtures.measureBody("PUB-M", publicField);
        published.put("title", "Öffentlicher Wasserspielplatz");
        publicMeasure = Fixtures.measure(slug, published);
        publish("/api/v1/areas/{slug}/measures/{id}", slug, publicMeasure);
        String committee = Fixtures.committee(slug, "Jugendhilfeausschuss");
        draftPresentation = api().body(Map.of(
                        "committeeId",
                        committee,
                        "date",
                        Fixtures.today().plusDays(20).toString(),
                        "title",
                        "Entwurf einer Vorstellung",
                        "status",
                        "SCHEDULED"))
                .post("/api/v1/areas/{slug}/presentations", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void anonymousListsLeaveOutDrafts() {
        anonymous()
                .get("/api/v1/areas/{slug}/action-fields", slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(publicField)))
                .body("totalItems", equalTo(1));
        anonymous()
                .get("/api/v1/areas/{slug}/needs", slug)
                .then()
                .body("items.id", equalTo(List.of(publicNeed)))
                .body("totalItems", equalTo(1));
        anonymous()
                .get("/api/v1/areas/{slug}/measures", slug)
                .then()
                .body("items.id", equalTo(List.of(publicMeasure)))
                .body("totalItems", equalTo(1));
        anonymous().get("/api/v1/areas/{slug}/presentations", slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void guessingTheIdOfADraftAnswersNotFound() {
        anonymous()
                .get("/api/v1/areas/{slug}/action-fields/{id}", slug, draftField)
                .then()
                .statusCode(404);
        anonymous()
                .get("/api/v1/areas/{slug}/needs/{id}", slug, draftNeed)
                .then()
                .statusCode(404);
        anonymous()
                .get("/api/v1/areas/{slug}/measures/{id}", slug, draftMeasure)
                .then()
                .statusCode(404);
        anonymous()
                .get("/api/v1/areas/{slug}/measures/{id}/steps", slug, draftMeasure)
                .then()
                .statusCode(404);
        anonymous()
                .get("/api/v1/areas/{slug}/presentations/{id}", slug, draftPresentation)
                .then()
                .statusCode(404);
        String draftArea = Fixtures.area();
        anonymous().get("/api/v1/areas/{slug}", draftArea).then().statusCode(404);
        anonymous().get("/api/v1/areas/{slug}/overview", draftArea).then().statusCode(404);
        anonymous().get("/api/v1/areas").then().body("items.slug", not(hasItem(draftArea)));
    }

    @Test
    void embeddedSummariesLeaveOutDrafts() {
        anonymous()
                .get("/api/v1/areas/{slug}/needs/{id}", slug, publicNeed)
                .then()
                .statusCode(200)
                .body("measures", equalTo(List.of()));
        api().get("/api/v1/areas/{slug}/needs/{id}", slug, publicNeed)
                .then()
                .body("measures.id", equalTo(List.of(draftMeasure)));
        // answered only by a draft: a gap for the public
        anonymous()
                .queryParam("uncovered", true)
                .get("/api/v1/areas/{slug}/needs", slug)
                .then()
                .body("items.id", hasItem(publicNeed));
    }

    @Test
    void theOverviewCountsOnlyWhatIsPublished() {
        anonymous()
                .get("/api/v1/areas/{slug}/overview", slug)
                .then()
                .statusCode(200)
                .body("measuresCount", equalTo(1))
                .body("needsCount", equalTo(1))
                .body("actionFields.id", equalTo(List.of(publicField)))
                .body("upcomingPresentations", equalTo(List.of()));
        api().get("/api/v1/areas/{slug}/overview", slug)
                .then()
                .body("measuresCount", equalTo(2))
                .body("needsCount", equalTo(2))
                .body("actionFields.size()", equalTo(2));
    }

    @Test
    void searchDoesNotFindDrafts() {
        anonymous()
                .queryParam("q", "Wasserspielplatz")
                .queryParam("area", slug)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(publicMeasure)));
        api().queryParam("q", "Wasserspielplatz")
                .queryParam("area", slug)
                .get("/api/v1/search")
                .then()
                .body("totalItems", equalTo(2));
    }

    @Test
    void editorsOfTheAreaSeeDraftsAndCanFilterByState() {
        String areaId = api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        String editor = Credentials.token("EDITOR", List.of(areaId), List.of());
        withToken(editor)
                .queryParam("publicationStatus", "DRAFT")
                .get("/api/v1/areas/{slug}/measures", slug)
                .then()
                .body("items.id", equalTo(List.of(draftMeasure)));
        withToken(editor)
                .get("/api/v1/areas/{slug}/measures/{id}", slug, draftMeasure)
                .then()
                .statusCode(200)
                .body("publicationStatus", equalTo("DRAFT"));

        String otherArea = api().get("/api/v1/areas/{slug}", Fixtures.area())
                .then()
                .extract()
                .path("id");
        String outsider = Credentials.token("EDITOR", List.of(otherArea), List.of());
        withToken(outsider)
                .get("/api/v1/areas/{slug}/measures/{id}", slug, draftMeasure)
                .then()
                .statusCode(404);
    }
}
