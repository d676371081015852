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
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Indicator values from a spreadsheet: the export of the indicator list, edited, read back by the import. */
@QuarkusTest
class IndicatorValueImportTest {

    private static final String INDICATORS = "/api/v1/areas/{slug}/indicators";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADER = List.of("Indikator", "Jahr", "Datum", "Wert", "Vergleichswert Stadt");

    /** An indicator in percent with values for 2017 and 2019; returns its id. */
    private static String indicator(String slug, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("unit", "%");
        body.put("valueType", "PERCENT");
        body.put("direction", "LOWER_IS_BETTER");
        body.put(
                "values",
                List.of(
                        Map.of("year", 2017, "value", 14.2, "cityValue", 6.1),
                        Map.of("year", 2019, "value", 13.5, "note", "Sozialmonitoring")));
        return api().body(body)
                .post(INDICATORS, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response upload(String slug, boolean dryRun, byte[] file, String mime) {
        return given().filter(Api.RESPONSES_ONLY)
                .accept(Api.ACCEPT)
                .header("Authorization", "Bearer " + Credentials.adminToken())
                .contentType(mime)
                .body(file)
                .queryParam("type", "indicator-values")
                .queryParam("dryRun", dryRun)
                .post("/api/v1/areas/{slug}/imports", slug);
    }

    private static byte[] export(String slug, String format, String lang) {
        return given().header("Authorization", "Bearer " + Credentials.adminToken())
                .queryParam("format", format)
                .queryParam("lang", lang)
                .get(INDICATORS, slug)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    private static JsonPath indicatorOf(String slug, String id) {
        return api().get(INDICATORS + "/{id}", slug, id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @SafeVarargs
    private static byte[] csv(List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(List.of(rows));
        return Sheets.csv(';', all);
    }

    @Test
    void theExportHasOneRowPerValueAndImportsBackUnchanged() {
        String slug = Fixtures.area();
        String id = indicator(slug, "Schulabgänge ohne Abschluss");
        String csv = new String(export(slug, "csv", "de"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .contains("Indikator", "Indikator-ID", "Jahr", "Datum", "Wert", "Vergleichswert Stadt", "Version");
        assertThat(lines.subList(1, lines.size())).hasSize(2).allMatch(line -> line.contains(id));
        for (String lang : List.of("de", "en")) {
            for (String format : List.of("csv", "xlsx")) {
                JsonPath preview = upload(
                                slug, true, export(slug, format, lang), format.equals("csv") ? "text/csv" : XLSX)
                        .then()
                        .statusCode(200)
                        .body("type", equalTo("INDICATOR_VALUES"))
                        .body("counts.problems", equalTo(0))
                        .extract()
                        .jsonPath();
                assertThat(preview.getList("rows.action", String.class))
                        .as(format + ", " + lang)
                        .containsExactly("UNCHANGED", "UNCHANGED");
            }
        }
    }

    @Test
    void rowsAddAndChangeValuesAndEachIndicatorIsWrittenAsOneChange() {
        String slug = Fixtures.area();
        String id = indicator(slug, "Kinder in Bedarfsgemeinschaften");
        byte[] file = csv(
                List.of("Kinder in Bedarfsgemeinschaften", "2019", "", "13,1", ""),
                List.of("kinder in bedarfsgemeinschaften", "2021", "", "12.4", "5,9"),
                List.of("Kinder in Bedarfsgemeinschaften", "", "30.06.2024", "11", ""));
        JsonPath preview = upload(slug, true, file, "text/csv")
                .then()
                .statusCode(200)
                .body("counts.problems", equalTo(0))
                .extract()
                .jsonPath();
        assertThat(preview.getList("rows.action", String.class)).containsExactly("UPDATE", "CREATE", "CREATE");
        assertThat(preview.getList("rows[0].changed", String.class)).containsExactly("value");
        assertThat(preview.getList("rows.id", String.class)).containsOnly(id);
        assertThat(indicatorOf(slug, id).getInt("version")).isZero();

        upload(slug, false, file, "text/csv").then().statusCode(200).body("applied", equalTo(true));
        JsonPath indicator = indicatorOf(slug, id);
        assertThat(indicator.getInt("version")).isEqualTo(1);
        assertThat(indicator.getList("values.value", Float.class)).containsExactly(14.2f, 13.1f, 12.4f, 11f);
        assertThat(indicator.getString("values[1].note"))
                .as("a file without the column keeps the note")
                .isEqualTo("Sozialmonitoring");
        assertThat(indicator.getFloat("values[2].cityValue")).isEqualTo(5.9f);
        assertThat(indicator.getString("values[3].date")).isEqualTo("2024-06-30");
        api().get(INDICATORS + "/{id}/history", slug, id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].changes.field", equalTo(List.of("values")));
    }

    @Test
    void badRowsAreProblemsOfTheirCellsAndNothingIsWritten() {
        String slug = Fixtures.area();
        String id = indicator(slug, "Arbeitslosenquote");
        byte[] file = csv(
                List.of("Arbeitslosenquote", "2020", "", "140", ""),
                List.of("Arbeitslosenquote", "2021", "", "9,5", ""),
                List.of("Arbeitslosenquote", "2021", "", "9,6", ""),
                List.of("Unbekannt", "2021", "", "1", ""),
                List.of("Arbeitslosenquote", "2022", "2022-06-30", "9", ""),
                List.of("Arbeitslosenquote", "2023", "", "viel", ""),
                List.of("Arbeitslosenquote", "", "", "9", ""));
        JsonPath preview = upload(slug, true, file, "text/csv")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(preview.getList("problems.row", Integer.class)).containsExactly(2, 4, 5, 6, 7, 8);
        assertThat(preview.getList("problems.column", String.class))
                .containsExactly("value", null, "indicator", "date", "value", "year");
        assertThat(preview.getString("problems[0].message")).contains("PERCENT");
        assertThat(preview.getString("problems[1].message")).contains("Row 3");

        upload(slug, false, file, "text/csv").then().statusCode(400).body("errors[0].field", equalTo("row 2, Wert"));
        assertThat(indicatorOf(slug, id).getInt("version")).isZero();
    }

    @Test
    void aStaleVersionIsAProblemAndAnIdNamesTheIndicator() {
        String slug = Fixtures.area();
        String id = indicator(slug, "Betreuungsquote U3");
        List<String> header = List.of("Indikator-ID", "Jahr", "Wert", "Version");
        byte[] stale = Sheets.csv(';', List.of(header, List.of(id, "2021", "20", "3")));
        upload(slug, true, stale, "text/csv").then().statusCode(200).body("problems[0].column", equalTo("version"));
        byte[] current = Sheets.csv(';', List.of(header, List.of(id, "2021", "20", "0")));
        upload(slug, false, current, "text/csv").then().statusCode(200).body("counts.create", equalTo(1));
        assertThat(indicatorOf(slug, id).getList("values.year", Integer.class)).containsExactly(2017, 2019, 2021);
    }
}
