package de.ihk.web;

import static de.ihk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Api;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiCacheControlTest {

    private static final String AREA = "/api/v1/areas/{slug}";

    @Test
    void anonymousReadsMayBeKeptByASharedCacheButNotServedToSignedInCallers() {
        String slug = Fixtures.publishedArea();
        Api.anonymous()
                .get(AREA, slug)
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, no-cache")
                .header("Vary", "Authorization, Cookie, Accept, Accept-Encoding");
        Api.anonymous().get("/api/v1/areas").then().statusCode(200).header("Cache-Control", "public, no-cache");
    }

    @Test
    void readsOfSignedInCallersMayContainDraftsAndAreNotStored() {
        String slug = Fixtures.area();
        api().get(AREA, slug).then().statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void anUnchangedRecordAnswers304WithTheSameCacheControlAndVary() {
        String slug = Fixtures.publishedArea();
        String etag =
                Api.anonymous().get(AREA, slug).then().statusCode(200).extract().header("ETag");
        Api.anonymous()
                .header("If-None-Match", etag)
                .get(AREA, slug)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, no-cache")
                .header("Vary", "Authorization, Cookie, Accept, Accept-Encoding");
    }

    @Test
    void writesAndErrorsCarryNoCacheControl() {
        String slug = Fixtures.area();
        String etag = Fixtures.etag(AREA, slug);
        Map<String, Object> body = new HashMap<>(Fixtures.areaBody(slug, slug));
        api().header("If-Match", etag)
                .body(body)
                .put(AREA, slug)
                .then()
                .statusCode(200)
                .header("Cache-Control", nullValue());
        Api.anonymous().get(AREA, "no-such-area").then().statusCode(404).header("Cache-Control", nullValue());
    }

    @Test
    void theEntryPointIsPublic() {
        Api.anonymous()
                .get("/api/v1")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, no-cache")
                .body("name", equalTo("IHK API"));
    }
}
