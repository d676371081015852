package de.ihk.history;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryApiTest {

    private static Credentials.Session editorOf(String areaId, String name) {
        String username = Fixtures.unique(name.toLowerCase(Locale.ROOT).replace(' ', '.'));
        api().body(Map.of(
                        "username",
                        username,
                        "displayName",
                        name,
                        "role",
                        "EDITOR",
                        "areaIds",
                        List.of(areaId),
                        "password",
                        "ein-langes-passwort"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201);
        return Credentials.login(username, "ein-langes-passwort");
    }

    @Test
    void editsByTwoPeopleShowBothWithTheirAuthorsAndFieldChanges() {
        String slug = Fixtures.area();
        String areaId = api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        Credentials.Session anna = editorOf(areaId, "Anna Auer");
        Credentials.Session ben = editorOf(areaId, "Ben Berg");
        String field = anna.request()
                .body(Map.of("code", "BQ", "title", "Bildung"))
                .post("/api/v1/areas/{slug}/action-fields", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        anna.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("code", "BQ", "title", "Bildung und Qualifizierung"))
                .put("/api/v1/areas/{slug}/action-fields/{id}", slug, field)
                .then()
                .statusCode(200);
        ben.request()
                .header("If-Match", "\"1\"")
                .body(Map.of("code", "BQ", "title", "Bildung und Qualifizierung", "color", "#C2410C"))
                .put("/api/v1/areas/{slug}/action-fields/{id}", slug, field)
                .then()
                .statusCode(200);

        JsonPath history = api().get("/api/v1/areas/{slug}/action-fields/{id}/history", slug, field)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .extract()
                .jsonPath();
        assertThat(history.getList("items.action", String.class)).containsExactly("UPDATED", "UPDATED", "CREATED");
        assertThat(history.getList("items.author.name", String.class))
                .containsExactly("Ben Berg", "Anna Auer", "Anna Auer");
        assertThat(history.getList("items[0].changes.field", String.class)).containsExactly("color");
        assertThat(history.getString("items[0].changes[0].from")).isNull();
        assertThat(history.getString("items[0].changes[0].to")).isEqualTo("#C2410C");
        assertThat(history.getList("items[1].changes.field", String.class)).containsExactly("title");
        assertThat(history.getString("items[1].changes[0].from")).isEqualTo("Bildung");
        assertThat(history.getString("items[1].changes[0].to")).isEqualTo("Bildung und Qualifizierung");
    }

    @Test
    void anonymousReadersSeeOnlyTheRoleAndOnlyOfPublishedRecords() {
        String slug = Fixtures.area();
        String draft = Fixtures.actionField(slug, "ENT");
        anonymous()
                .get("/api/v1/areas/{slug}/action-fields/{id}/history", slug, draft)
                .then()
                .statusCode(404);

        api().header("If-Match", "\"0\"")
                .body(Map.of("code", "ENT", "title", "Veröffentlicht", "publicationStatus", "PUBLISHED"))
                .put("/api/v1/areas/{slug}/action-fields/{id}", slug, draft)
                .then()
                .statusCode(200);
        api().header("If-Match", "\"0\"")
                .body(withPublished(Fixtures.areaBody(slug, slug)))
                .put("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200);
        JsonPath history = anonymous()
                .get("/api/v1/areas/{slug}/action-fields/{id}/history", slug, draft)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("items.author.role", String.class)).containsOnly("ADMIN");
        assertThat(history.getList("items.author.name")).containsOnlyNulls();
    }

    private static Map<String, Object> withPublished(Map<String, Object> body) {
        body.put("publicationStatus", "PUBLISHED");
        return body;
    }

    @Test
    void deletedRecordsKeepTheirHistoryAndAdminsSeeRecentDeletions() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "WEG");
        api().header("If-Match", "\"0\"")
                .delete("/api/v1/areas/{slug}/action-fields/{id}", slug, field)
                .then()
                .statusCode(204);

        api().get("/api/v1/areas/{slug}/action-fields/{id}/history", slug, field)
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("DELETED", "CREATED")))
                .body("items[0].changes.find { it.field == 'title' }.from", equalTo("Handlungsfeld WEG"));
        anonymous()
                .get("/api/v1/areas/{slug}/action-fields/{id}/history", slug, field)
                .then()
                .statusCode(404);

        api().get("/api/v1/areas/{slug}/deletions", slug)
                .then()
                .statusCode(200)
                .body("items.recordId", equalTo(List.of(field)))
                .body("items[0].recordType", equalTo("ACTION_FIELD"));
        String areaId = api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        de.ihk.testing.Api.withToken(Credentials.token("EDITOR", List.of(areaId), List.of()))
                .get("/api/v1/areas/{slug}/deletions", slug)
                .then()
                .statusCode(403);
    }

    @Test
    void aRefusedChangeLeavesNoRevision() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        Fixtures.need(slug, field, "BQ-B1");
        api().header("If-Match", "\"0\"")
                .delete("/api/v1/areas/{slug}/action-fields/{id}", slug, field)
                .then()
                .statusCode(409);
        api().header("If-Match", "\"7\"")
                .body(Map.of("code", "BQ", "title", "Neu"))
                .put("/api/v1/areas/{slug}/action-fields/{id}", slug, field)
                .then()
                .statusCode(412);
        api().get("/api/v1/areas/{slug}/action-fields/{id}/history", slug, field)
                .then()
                .body("items.action", equalTo(List.of("CREATED")));
    }
}
