package de.ihk.opendata;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.ihk.testing.Concept;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The full export of an area: its published content, as the API shows it to readers, and nothing else. */
@QuarkusTest
class AreaExportApiTest {

    private static final String EXPORT = "/api/v1/areas/{slug}/export";

    @Test
    void theExportHoldsWhatTheApiShowsReaders() {
        Concept c = new Concept();
        Response response = anonymous().get(EXPORT, c.slug);
        response.then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache"))
                .body("format", equalTo("ihk-area-export"))
                .body("version", equalTo(1));
        JsonPath export = response.jsonPath();
        String api = "/api/v1/areas/" + c.slug;

        JsonPath area = anonymous().get(api).then().statusCode(200).extract().jsonPath();
        assertThat(export.getString("area.id")).isEqualTo(area.getString("id"));
        assertThat(export.getString("area.name")).isEqualTo(area.getString("name"));
        assertThat(export.getString("area.summary")).isEqualTo(area.getString("summary"));
        assertThat(export.getString("area.budget.amount")).isEqualTo(area.getString("budget.amount"));

        assertSameRecords(export, "actionFields", list(api + "/action-fields"), "code", "title", "goal");
        assertSameRecords(export, "needs", list(api + "/needs"), "code", "title", "priority");
        JsonPath measures = list(api + "/measures");
        assertSameRecords(export, "measures", measures, "code", "title", "status", "progress");
        assertThat(export.getList("measures[0].needIds", String.class)).containsExactly(c.publicNeed);
        assertThat(export.getString("measures[0].leadActor.id")).isEqualTo(c.actor);
        assertThat(export.getList("measures[0].steps.id", String.class)).containsExactly(c.publicStep);
        JsonPath steps = list(api + "/measures/" + c.publicMeasure + "/steps");
        assertThat(export.getList("measures[0].steps.title", String.class))
                .isEqualTo(steps.getList("items.title", String.class));
        assertSameRecords(export, "presentations", list(api + "/presentations"), "title", "date", "status");
        assertThat(export.getString("presentations[0].editionId")).isEqualTo(c.edition);
        assertThat(export.getList("presentations[0].measureIds", String.class)).containsExactly(c.publicMeasure);
        assertThat(export.getList("actors.id", String.class)).containsExactly(c.actor);
        assertThat(export.getList("committees.id", String.class)).containsExactly(c.committee);
        assertThat(export.getList("targetGroups.code", String.class)).containsExactly(c.targetGroup);
        assertThat(export.getList("editions.id", String.class)).containsExactly(c.edition);
        assertThat(export.getString("editions[0].contentUrl")).endsWith(api + "/editions/" + c.edition + "/content");
        assertThat(export.getString("links.self")).endsWith(api + "/export");
        assertThat(export.getString("license.uri")).isEqualTo("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
        assertThat(export.getString("modified")).isNotNull();

        String body = response.asString();
        assertThat(body).doesNotContain(c.marker);
        c.draftIds().forEach(id -> assertThat(body).doesNotContain(id));
    }

    @Test
    void signedInCallersGetTheSamePublishedContentWithAnETag() {
        Concept c = new Concept();
        Response anonymousExport = anonymous().get(EXPORT, c.slug);
        Response editorsExport = api().get(EXPORT, c.slug);
        editorsExport.then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        assertThat(editorsExport.asString()).isEqualTo(anonymousExport.asString());
        String etag = editorsExport.header("ETag");
        assertThat(etag).isEqualTo(anonymousExport.header("ETag"));
        api().header("If-None-Match", etag).get(EXPORT, c.slug).then().statusCode(304);
    }

    @Test
    void aDraftAreaHasNoExportForAnybody() {
        String draft = Fixtures.area();
        anonymous().get(EXPORT, draft).then().statusCode(404).contentType("application/problem+json");
        api().get(EXPORT, draft).then().statusCode(404);
        anonymous().get(EXPORT, "no-such-area").then().statusCode(404);
    }

    private static JsonPath list(String path) {
        return anonymous()
                .queryParam("size", 200)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The export lists the same records as the API's list (ids in any order), with the same values. */
    private static void assertSameRecords(JsonPath export, String part, JsonPath list, String... fields) {
        List<Map<String, Object>> exported = export.getList(part);
        List<Map<String, Object>> listed = list.getList("items");
        assertThat(exported)
                .extracting(r -> r.get("id"))
                .containsExactlyInAnyOrderElementsOf(
                        listed.stream().map(r -> r.get("id")).toList());
        for (Map<String, Object> record : exported) {
            Map<String, Object> same = listed.stream()
                    .filter(r -> r.get("id").equals(record.get("id")))
                    .findFirst()
                    .orElseThrow();
            for (String field : fields) {
                assertThat(record.get(field)).as(part + " " + field).isEqualTo(same.get(field));
            }
        }
    }
}
