package de.ihk.imports;

import static de.ihk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.ihk.testing.Api;
import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An export of the API, as it is or as a spreadsheet program saves it again, imports back unchanged. */
@QuarkusTest
class ImportRoundTripTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** An area with two fields, a need, actors, target groups and measures using all of them; returns its slug. */
    private static String richArea() {
        String slug = Fixtures.area();
        String bq = Fixtures.actionField(slug, "BQ");
        String wu = Fixtures.actionField(slug, "WU");
        Fixtures.targetGroup("YOUTH");
        Fixtures.targetGroup("FAMILIES");
        String need = Fixtures.need(slug, bq, "BQ-B1", "YOUTH");
        String lead = Fixtures.actor(slug, "Quartiersmanagement Schinkel");
        String partner = Fixtures.actor(slug, "Stadtteiltreff; Haus der Jugend");
        Map<String, Object> m1 = Fixtures.measureBody("BQ-01", bq);
        m1.put("title", "Lernhilfe für Kinder");
        m1.put("summary", "Hausaufgabenhilfe, Lesepaten\nund Sprachförderung");
        m1.put("furtherActionFieldIds", List.of(wu));
        m1.put("needIds", List.of(need));
        m1.put("status", "IN_PROGRESS");
        m1.put("priority", "HIGH");
        m1.put("progress", 35);
        m1.put("startDate", "2026-03-01");
        m1.put("endDate", "2027-12-31");
        m1.put("leadActorId", lead);
        m1.put("partnerActorIds", List.of(partner));
        m1.put("targetGroups", List.of("YOUTH", "FAMILIES"));
        m1.put("location", "Stadtteiltreff Schinkel");
        m1.put("budget", Map.of("amount", "15000.50", "currency", "EUR"));
        m1.put("fundingSource", "Städtebauförderung");
        m1.put("publicationStatus", "PUBLISHED");
        Fixtures.measure(slug, m1);
        Fixtures.measure(slug, Fixtures.measureBody("WU-01", wu));
        return slug;
    }

    private static byte[] export(String slug, String format, String lang) {
        return given().header("Authorization", "Bearer " + Credentials.adminToken())
                .queryParam("format", format)
                .queryParam("lang", lang)
                .get("/api/v1/areas/{slug}/measures", slug)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    private static JsonPath dryRun(String slug, byte[] file, String contentType) {
        return given().filter(Api.RESPONSES_ONLY)
                .accept(Api.ACCEPT)
                .header("Authorization", "Bearer " + Credentials.adminToken())
                .contentType(contentType)
                .body(file)
                .queryParam("type", "measures")
                .queryParam("dryRun", true)
                .post("/api/v1/areas/{slug}/imports", slug)
                .then()
                .statusCode(200)
                .body("counts.problems", equalTo(0))
                .extract()
                .jsonPath();
    }

    @Test
    void anExportImportsBackUnchangedAsCsvAndXlsxInBothLanguages() {
        String slug = richArea();
        for (String lang : List.of("de", "en")) {
            JsonPath csv = dryRun(slug, export(slug, "csv", lang), "text/csv");
            assertThat(csv.getList("rows.action", String.class))
                    .as("CSV, " + lang)
                    .containsOnly("UNCHANGED");
            assertThat(csv.getList("rows")).hasSize(2);
            JsonPath xlsx = dryRun(slug, export(slug, "xlsx", lang), XLSX);
            assertThat(xlsx.getList("rows.action", String.class))
                    .as("XLSX, " + lang)
                    .containsOnly("UNCHANGED");
        }
        api().get("/api/v1/areas/{slug}/measures", slug).then().statusCode(200);
    }
}
