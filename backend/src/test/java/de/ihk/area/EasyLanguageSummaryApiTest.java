package de.ihk.area;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Fixtures.etag;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Areas, action fields and measures carry an optional summary in Leichte Sprache (plain-language German). */
@QuarkusTest
class EasyLanguageSummaryApiTest {

    private static final String AREA = "/api/v1/areas/{slug}";
    private static final String FIELDS = "/api/v1/areas/{slug}/action-fields";
    private static final String FIELD = "/api/v1/areas/{slug}/action-fields/{id}";
    private static final String MEASURES = "/api/v1/areas/{slug}/measures";
    private static final String MEASURE = "/api/v1/areas/{slug}/measures/{id}";

    private static final String AREA_TEXT = "Der Schinkel ist ein Stadt-Teil.\nHier wohnen 8.500 Menschen.";
    private static final String FIELD_TEXT = "In diesem Handlungs-Feld geht es um das Wohnen.";
    private static final String MEASURE_TEXT = "Im Park gibt es einen neuen Spiel-Platz.";

    @Test
    void summariesInLeichteSpracheAreStoredShownToReadersAndRemovedWhenLeftOut() {
        String slug = Fixtures.area();
        Map<String, Object> area = Fixtures.areaBody(slug, slug);
        area.put("easyLanguageSummary", AREA_TEXT);
        area.put("publicationStatus", "PUBLISHED");
        api().header("If-Match", etag(AREA, slug))
                .body(area)
                .put(AREA, slug)
                .then()
                .statusCode(200)
                .body("easyLanguageSummary", equalTo(AREA_TEXT));

        Map<String, Object> field = new HashMap<>(Map.of(
                "code", "WW", "title", "Wohnen", "easyLanguageSummary", FIELD_TEXT, "publicationStatus", "PUBLISHED"));
        String fieldId = api().body(field)
                .post(FIELDS, slug)
                .then()
                .statusCode(201)
                .body("easyLanguageSummary", equalTo(FIELD_TEXT))
                .extract()
                .path("id");

        Map<String, Object> measure = Fixtures.measureBody("WW-01", fieldId);
        measure.put("easyLanguageSummary", MEASURE_TEXT);
        measure.put("publicationStatus", "PUBLISHED");
        String measureId = Fixtures.measure(slug, measure);

        // what a reader without an account sees: the record, and the area's overview
        anonymous().get(AREA, slug).then().statusCode(200).body("easyLanguageSummary", equalTo(AREA_TEXT));
        anonymous()
                .get(AREA + "/overview", slug)
                .then()
                .statusCode(200)
                .body("area.easyLanguageSummary", equalTo(AREA_TEXT));
        anonymous().get(FIELD, slug, fieldId).then().statusCode(200).body("easyLanguageSummary", equalTo(FIELD_TEXT));
        anonymous()
                .get(MEASURE, slug, measureId)
                .then()
                .statusCode(200)
                .body("easyLanguageSummary", equalTo(MEASURE_TEXT));
        anonymous()
                .get(MEASURES, slug)
                .then()
                .statusCode(200)
                .body("items[0].easyLanguageSummary", equalTo(MEASURE_TEXT));

        // a replacement without the summary removes it, like any other optional field
        field.remove("easyLanguageSummary");
        api().header("If-Match", etag(FIELD, slug, fieldId))
                .body(field)
                .put(FIELD, slug, fieldId)
                .then()
                .statusCode(200)
                .body("easyLanguageSummary", nullValue());
        measure.put("easyLanguageSummary", null);
        api().header("If-Match", etag(MEASURE, slug, measureId))
                .body(measure)
                .put(MEASURE, slug, measureId)
                .then()
                .statusCode(200)
                .body("easyLanguageSummary", nullValue());
        anonymous().get(MEASURE, slug, measureId).then().body("easyLanguageSummary", nullValue());
    }

    @Test
    void tooLongSummariesAreRefusedNamingTheField() {
        String slug = Fixtures.area();
        String tooLong = "Ein Satz. ".repeat(200) + "x"; // 2,001 characters
        Map<String, Object> area = Fixtures.areaBody(slug, slug);
        area.put("easyLanguageSummary", tooLong);
        badInput()
                .header("If-Match", etag(AREA, slug))
                .contentType("application/json")
                .body(area)
                .put(AREA, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("easyLanguageSummary"))
                .body("errors", hasSize(1));

        badInput()
                .contentType("application/json")
                .body(Map.of("code", "WW", "title", "Wohnen", "easyLanguageSummary", tooLong))
                .post(FIELDS, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("easyLanguageSummary"))
                .body("errors", hasSize(1));

        Map<String, Object> measure = Fixtures.measureBody("WW-01", Fixtures.actionField(slug, "WW"));
        measure.put("easyLanguageSummary", 42);
        badInput()
                .contentType("application/json")
                .body(measure)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("easyLanguageSummary"));
        measure.put("easyLanguageSummary", tooLong);
        badInput()
                .contentType("application/json")
                .body(measure)
                .post(MEASURES, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("easyLanguageSummary"))
                .body("errors", hasSize(1));
        api().get(MEASURES, slug).then().body("totalItems", equalTo(0));
    }
}
