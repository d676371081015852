package de.ihk.common;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.hamcrest.Matchers.equalTo;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every list takes updatedSince: only the records whose own updatedAt is at or after it. */
@QuarkusTest
class UpdatedSinceApiTest {

    @Test
    void listsOnlyWhatChangedSince() throws InterruptedException {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String old = Fixtures.measure(slug, Fixtures.measureBody("M1", field));
        Thread.sleep(5);
        Instant since = Instant.now();
        String fresh = Fixtures.measure(slug, Fixtures.measureBody("M2", field));

        api().queryParam("updatedSince", since.toString())
                .get("/api/v1/areas/{slug}/measures", slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(fresh)));
        api().queryParam("updatedSince", since.minusSeconds(3600).toString().replace("Z", "+01:00"))
                .get("/api/v1/areas/{slug}/measures", slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        api().queryParam("updatedSince", since.toString())
                .get("/api/v1/areas/{slug}/action-fields", slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        String measure = "/api/v1/areas/" + slug + "/measures/" + old;
        Map<String, Object> input = Fixtures.measureBody("M1", field);
        input.put("title", "Neuer Titel");
        api().header("If-Match", Fixtures.etag(measure))
                .body(input)
                .put(measure)
                .then()
                .statusCode(200);
        api().queryParam("updatedSince", since.toString())
                .queryParam("sort", "code")
                .get("/api/v1/areas/{slug}/measures", slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(old, fresh)));
    }

    @Test
    void aTimestampThatIsNoneIsRefused() {
        badInput()
                .queryParam("updatedSince", "gestern")
                .get("/api/v1/areas")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
    }
}
