package de.ihk.web;

import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.Api;
import de.ihk.testing.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answer cache of anonymous reads: a cached answer is replaced as soon as a write commits, whether through this
 * backend's API or directly in the database (as another instance would), and signed-in callers neither get nor leave
 * cached answers. The other tests run with the cache off, so that they count their own queries.
 */
@QuarkusTest
class AnswerCacheApiTest {

    private static final String FIELDS = "/api/v1/areas/{slug}/action-fields";

    @Inject
    AnswerCache cache;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void enable() {
        cache.setEnabled(true);
    }

    @AfterEach
    void disable() {
        cache.setEnabled(false);
    }

    private static String field(String slug, String code, String status) {
        return api().body(Map.of(
                        "code", code, "title", "Handlungsfeld " + code, "position", 1, "publicationStatus", status))
                .post(FIELDS, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A change as another backend instance (or an administrator with psql) would commit it. */
    private void sql(String statement, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < params.length; i++) {
                update.setObject(i + 1, params[i]);
            }
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aRepeatedReadIsAnsweredFromTheCacheUntilAWriteThroughTheApi() {
        String slug = Fixtures.publishedArea();
        field(slug, "HF1", "PUBLISHED");
        Api.anonymous().get(FIELDS, slug).then().statusCode(200).body("items.code", contains("HF1"));
        long hits = cache.hits();
        Api.anonymous().get(FIELDS, slug).then().statusCode(200).body("items.code", contains("HF1"));
        assertThat(cache.hits()).isEqualTo(hits + 1);

        field(slug, "HF2", "PUBLISHED");
        Api.anonymous().get(FIELDS, slug).then().statusCode(200).body("items.code", containsInAnyOrder("HF1", "HF2"));
    }

    @Test
    void aCachedAnswerIsSentCompressedLikeTheFirst() {
        String slug = Fixtures.publishedArea();
        field(slug, "HF1", "PUBLISHED");
        long hits = cache.hits();
        String first = readGzipped(slug).extract().asString();
        readGzipped(slug).body(equalTo(first));
        assertThat(cache.hits()).isEqualTo(hits + 1);
    }

    private static ValidatableResponse readGzipped(String slug) {
        return Api.anonymous()
                .header("Accept-Encoding", "gzip")
                .get(FIELDS, slug)
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Vary", containsString("Accept-Encoding"));
    }

    @Test
    void aWriteCommittedDirectlyInTheDatabaseIsSeenAtOnce() throws SQLException {
        String slug = Fixtures.publishedArea();
        String id = field(slug, "HF1", "PUBLISHED");
        Api.anonymous().get(FIELDS, slug).then().statusCode(200).body("items.title", contains("Handlungsfeld HF1"));
        Api.anonymous().get(FIELDS, slug).then().statusCode(200).body("items.title", contains("Handlungsfeld HF1"));
        sql("UPDATE action_field SET title = 'Direkt geändert' WHERE id = ?", UUID.fromString(id));
        Api.anonymous().get(FIELDS, slug).then().statusCode(200).body("items.title", contains("Direkt geändert"));

        // Answers about all areas: the list of areas.
        Api.anonymous().get("/api/v1/areas?size=100&q={slug}", slug).then().statusCode(200);
        Api.anonymous().get("/api/v1/areas/{slug}", slug).then().statusCode(200);
        sql("UPDATE area SET name = 'Umbenannt " + slug + "' WHERE slug = ?", slug);
        Api.anonymous()
                .get("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Umbenannt " + slug));
        Api.anonymous()
                .get("/api/v1/search?q={slug}", "Umbenannt")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Umbenannt " + slug));
    }

    @Test
    void anUnchangedAnswerIs304AndAChangedOne200() throws SQLException {
        unchanged304Changed200();
    }

    @Test
    void listsHaveETagsAnd304AlsoWithTheCacheOff() throws SQLException {
        cache.setEnabled(false);
        unchanged304Changed200();
    }

    private void unchanged304Changed200() throws SQLException {
        String slug = Fixtures.publishedArea();
        String id = field(slug, "HF1", "PUBLISHED");
        String etag = Api.anonymous()
                .get(FIELDS, slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(etag).startsWith("\"");
        Api.anonymous()
                .header("If-None-Match", etag)
                .get(FIELDS, slug)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, no-cache");

        sql("UPDATE action_field SET goal = 'Neues Ziel' WHERE id = ?", UUID.fromString(id));
        String changed = Api.anonymous()
                .header("If-None-Match", etag)
                .get(FIELDS, slug)
                .then()
                .statusCode(200)
                .body("items.goal", contains("Neues Ziel"))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        Api.anonymous()
                .header("If-None-Match", changed)
                .get(FIELDS, slug)
                .then()
                .statusCode(304);
    }

    @Test
    void signedInCallersNeitherGetNorLeaveCachedAnswers() {
        String slug = Fixtures.publishedArea();
        field(slug, "HF1", "PUBLISHED");
        field(slug, "HF2", "DRAFT");
        api().get(FIELDS, slug)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.code", containsInAnyOrder("HF1", "HF2"));
        Api.anonymous().get(FIELDS, slug).then().statusCode(200).body("items.code", contains("HF1"));
        Api.anonymous().get(FIELDS, slug).then().statusCode(200).body("items.code", contains("HF1"));
        api().get(FIELDS, slug)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.code", containsInAnyOrder("HF1", "HF2"));
    }
}
