package de.ihk.imports;

import static de.ihk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.Api;
import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportApiTest {

    private static final String IMPORTS = "/api/v1/areas/{slug}/imports";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> MEASURE_HEADER =
            List.of("Kürzel", "Titel", "Handlungsfeld", "Status", "Priorität", "Fortschritt");

    /** M1's summary in Leichte Sprache, which the sheets have no column for. */
    private static final String EASY = "Das ist die Maßnahme 1.";

    /**
     * An area with action field BQ and measures M1 (progress 10, a summary in Leichte Sprache) and M2 (progress 0);
     * returns its slug.
     */
    private static String areaWithMeasures() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        Map<String, Object> m1 = Fixtures.measureBody("M1", field);
        m1.put("progress", 10);
        m1.put("easyLanguageSummary", EASY);
        Fixtures.measure(slug, m1);
        Fixtures.measure(slug, Fixtures.measureBody("M2", field));
        return slug;
    }

    private static Response upload(String token, String slug, String type, boolean dryRun, byte[] file, String mime) {
        return given().filter(Api.RESPONSES_ONLY)
                .accept(Api.ACCEPT)
                .header("Authorization", "Bearer " + token)
                .contentType(mime)
                .body(file)
                .queryParam("type", type)
                .queryParam("dryRun", dryRun)
                .post(IMPORTS, slug);
    }

    private static Response upload(String slug, String type, boolean dryRun, byte[] file) {
        return upload(Credentials.adminToken(), slug, type, dryRun, file, CSV);
    }

    @SafeVarargs
    private static List<List<String>> rows(List<String> header, List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(Arrays.asList(rows));
        return all;
    }

    private static Map<String, Object> measure(String slug, String code) {
        return api()
                .queryParam("size", 200)
                .get("/api/v1/areas/{slug}/measures", slug)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("items")
                .stream()
                .filter(m -> code.equals(m.get("code")))
                .findFirst()
                .orElse(null);
    }

    private static List<String> codes(String slug) {
        return api().queryParam("size", 200)
                .get("/api/v1/areas/{slug}/measures", slug)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code", String.class);
    }

    @Test
    void previewTellsCreateUpdateAndUnchangedAndWritesNothing() {
        String slug = areaWithMeasures();
        byte[] file = Sheets.csv(
                ';',
                rows(
                        MEASURE_HEADER,
                        List.of("M1", "Maßnahme M1", "BQ", "Geplant", "mittel", "40 %"),
                        List.of("M2", "Maßnahme M2", "BQ", "PLANNED", "Medium", "0"),
                        List.of("M3", "Sprachcafé für Mütter", "BQ", "In Umsetzung", "hoch", "5")));

        JsonPath preview = upload(slug, "measures", true, file)
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("applied", equalTo(false))
                .body("counts.create", equalTo(1))
                .body("counts.update", equalTo(1))
                .body("counts.unchanged", equalTo(1))
                .body("counts.problems", equalTo(0))
                .extract()
                .jsonPath();
        assertThat(preview.getList("rows.row", Integer.class)).containsExactly(2, 3, 4);
        assertThat(preview.getList("rows.action", String.class)).containsExactly("UPDATE", "UNCHANGED", "CREATE");
        assertThat(preview.getList("rows[0].changed", String.class)).containsExactly("progress");
        assertThat(preview.getString("rows[2].values.title")).isEqualTo("Sprachcafé für Mütter");
        assertThat(preview.getList("columns.header", String.class)).isEqualTo(MEASURE_HEADER);

        assertThat(measure(slug, "M1").get("progress")).isEqualTo(10);
        assertThat(codes(slug)).containsExactlyInAnyOrder("M1", "M2");
    }

    @Test
    void applyingWritesEveryRowWithTheImportingEditorInTheHistory() {
        String slug = areaWithMeasures();
        String areaId = api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        String editor = Credentials.token("EDITOR", List.of(areaId), List.of());
        byte[] file = Sheets.csv(
                ',',
                rows(
                        MEASURE_HEADER,
                        List.of("M1", "Maßnahme M1", "BQ", "Geplant", "mittel", "40"),
                        List.of("M3", "Sprachcafé, für Mütter", "BQ", "In Umsetzung", "hoch", "5%")));

        upload(editor, slug, "measures", false, file, CSV)
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("counts.create", equalTo(1))
                .body("counts.update", equalTo(1))
                .body("counts.unchanged", equalTo(0));

        Map<String, Object> m1 = measure(slug, "M1");
        assertThat(m1.get("progress")).isEqualTo(40);
        assertThat(m1.get("easyLanguageSummary")).isEqualTo(EASY); // not in the sheet: kept
        Map<String, Object> m3 = measure(slug, "M3");
        assertThat(m3.get("title")).isEqualTo("Sprachcafé, für Mütter");
        assertThat(m3.get("progress")).isEqualTo(5);
        assertThat(m3.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(m3.get("publicationStatus")).isEqualTo("DRAFT");

        JsonPath history = api().get("/api/v1/areas/{slug}/measures/{id}/history", slug, m1.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getString("items[0].action")).isEqualTo("UPDATED");
        assertThat(history.getString("items[0].author.name")).isEqualTo("Token EDITOR");
        assertThat(history.getList("items[0].changes.field", String.class))
                .contains("progress")
                .doesNotContain("easyLanguageSummary");
        api().get("/api/v1/areas/{slug}/measures/{id}/history", slug, m3.get("id"))
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].author.name", equalTo("Token EDITOR"));
    }

    @Test
    void aRowWithAProblemMeansNothingIsWritten() {
        String slug = areaWithMeasures();
        byte[] file = Sheets.csv(
                ';',
                rows(
                        MEASURE_HEADER,
                        List.of("M1", "Maßnahme M1", "BQ", "Geplant", "mittel", "70"),
                        List.of("M4", "Neu", "XX", "Geplant", "mittel", "0")));

        upload(slug, "measures", false, file)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("row 3, Handlungsfeld"))
                .body("errors.message", hasItem(containsString("There is no action field 'XX'")));

        assertThat(measure(slug, "M1").get("progress")).isEqualTo(10);
        assertThat(codes(slug)).containsExactlyInAnyOrder("M1", "M2");
    }

    @Test
    void unknownReferencesAreProblemsOfTheirCells() {
        String slug = areaWithMeasures();
        Fixtures.actor(slug, "Stadtteiltreff");
        List<String> header = List.of(
                "Kürzel",
                "Titel",
                "Handlungsfeld",
                "Bedarfe",
                "Status",
                "Priorität",
                "Federführung",
                "Partner",
                "Zielgruppen");
        byte[] file = Sheets.csv(
                ';',
                rows(
                        header,
                        List.of(
                                "M1",
                                "Maßnahme M1",
                                "BQ",
                                "B9",
                                "Geplant",
                                "mittel",
                                "Niemand",
                                "Stadtteiltreff",
                                "Marsmenschen")));

        JsonPath preview = upload(slug, "measures", true, file)
                .then()
                .statusCode(200)
                .body("counts.problems", equalTo(3))
                .extract()
                .jsonPath();
        assertThat(preview.getList("problems.row", Integer.class)).containsOnly(2);
        assertThat(preview.getList("problems.column", String.class))
                .containsExactlyInAnyOrder("needs", "leadActor", "targetGroups");
        assertThat(preview.getList("problems.message", String.class))
                .anyMatch(m -> m.contains("no need 'B9'"))
                .anyMatch(m -> m.contains("no actor 'Niemand'"))
                .anyMatch(m -> m.contains("no target group 'Marsmenschen'"));
    }

    @Test
    void xlsxWithPercentAndDateCellsIsRead() {
        String slug = areaWithMeasures();
        List<List<Object>> rows = List.of(
                List.of("Kürzel", "Titel", "Handlungsfeld", "Status", "Priorität", "Fortschritt", "Beginn", "Ende"),
                List.of("M1", "Maßnahme M1", "BQ", "Geplant", "mittel", 0.4, LocalDate.of(2026, 3, 1), "31.12.2027"),
                List.of("M5", "Neu aus Excel", "BQ", "Idee", "niedrig", 0.0, LocalDate.of(2026, 1, 15), ""));

        upload(Credentials.adminToken(), slug, "measures", false, Sheets.xlsx(rows), XLSX)
                .then()
                .statusCode(200)
                .body("counts.update", equalTo(1))
                .body("counts.create", equalTo(1));

        Map<String, Object> m1 = measure(slug, "M1");
        assertThat(m1.get("progress")).isEqualTo(40);
        assertThat(m1.get("startDate")).isEqualTo("2026-03-01");
        assertThat(m1.get("endDate")).isEqualTo("2027-12-31");
        assertThat(measure(slug, "M5").get("startDate")).isEqualTo("2026-01-15");
    }

    @Test
    void englishHeadersAndMultipartUploadsWork() {
        String slug = areaWithMeasures();
        byte[] file = Sheets.csv(
                ',',
                rows(
                        List.of("Code", "Title", "Action field", "Status", "Priority", "Progress"),
                        List.of("M2", "Maßnahme M2", "BQ", "Planned", "medium", "25")));

        given().filter(Api.RESPONSES_ONLY)
                .accept(Api.ACCEPT)
                .header("Authorization", "Bearer " + Credentials.adminToken())
                .multiPart("file", "massnahmen.csv", file, CSV)
                .queryParam("type", "measures")
                .post(IMPORTS, slug)
                .then()
                .statusCode(200)
                .body("counts.update", equalTo(1));
        assertThat(measure(slug, "M2").get("progress")).isEqualTo(25);
    }

    @Test
    void formulasAreRefusedAndTheExportsApostropheIsDropped() {
        String slug = areaWithMeasures();
        List<String> header = List.of("Kürzel", "Titel", "Handlungsfeld", "Status", "Priorität", "Ort");
        byte[] csv = Sheets.csv(
                ';',
                rows(
                        header,
                        List.of("M1", "=HYPERLINK(\"http://evil.example\";\"klick\")", "BQ", "Geplant", "mittel", ""),
                        List.of("M2", "'-minus am Anfang", "BQ", "Geplant", "mittel", "@Treff")));
        JsonPath preview = upload(slug, "measures", true, csv)
                .then()
                .statusCode(200)
                .body("counts.problems", equalTo(2))
                .extract()
                .jsonPath();
        assertThat(preview.getList("problems.column", String.class)).containsExactlyInAnyOrder("title", "location");
        assertThat(preview.getString("problems[0].message")).contains("Formulas are not accepted");

        byte[] xlsx = Sheets.xlsx(List.of(
                List.<Object>of("Kürzel", "Titel", "Handlungsfeld", "Status", "Priorität"),
                List.<Object>of("M1", new Sheets.Formula("1+1"), "BQ", "Geplant", "mittel")));
        upload(Credentials.adminToken(), slug, "measures", true, xlsx, XLSX)
                .then()
                .statusCode(200)
                .body("problems[0].column", equalTo("title"))
                .body("problems[0].message", containsString("Formulas are not accepted"));

        byte[] fixed =
                Sheets.csv(';', rows(header, List.of("M2", "'-minus am Anfang", "BQ", "Geplant", "mittel", "Treff")));
        upload(slug, "measures", false, fixed).then().statusCode(200);
        assertThat(measure(slug, "M2").get("title")).isEqualTo("-minus am Anfang");
    }

    @Test
    void brokenFilesAreClearBadRequests() {
        String slug = areaWithMeasures();
        byte[] latin1 = "Kürzel;Titel\nM1;Maßnahme\n".getBytes(StandardCharsets.ISO_8859_1);
        upload(slug, "measures", true, latin1).then().statusCode(400).body("detail", containsString("not valid UTF-8"));
        upload(slug, "measures", true, new byte[0]).then().statusCode(400).body("detail", containsString("empty"));
        upload(slug, "measures", true, "\uFEFF\r\n".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400)
                .body("detail", containsString("empty"));
        upload(slug, "measures", true, "M1;Maßnahme M1;BQ\n".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400)
                .body("detail", containsString("header row"));
        upload(slug, "measures", true, "Kürzel;Titel\n".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400)
                .body("detail", containsString("no rows"));
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        upload(Credentials.adminToken(), slug, "measures", true, zip, XLSX)
                .then()
                .statusCode(400)
                .body("detail", containsString("not a readable Excel workbook"));
        upload(slug, "widgets", true, "Kürzel\nM1\n".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400);
        given().filter(Api.RESPONSES_ONLY)
                .accept(Api.ACCEPT)
                .header("Authorization", "Bearer " + Credentials.adminToken())
                .contentType("application/pdf")
                .body(new byte[] {'%', 'P', 'D', 'F'})
                .queryParam("type", "measures")
                .post(IMPORTS, slug)
                .then()
                .statusCode(415);
    }

    @Test
    void filesOverTheLimitsAreTooLarge() {
        String slug = areaWithMeasures();
        StringBuilder many = new StringBuilder("Kürzel;Titel;Handlungsfeld;Status;Priorität\n");
        for (int i = 0; i <= SheetReader.MAX_ROWS; i++) {
            many.append("X").append(i).append(";T;BQ;Geplant;mittel\n");
        }
        upload(slug, "measures", true, many.toString().getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(413)
                .body("type", equalTo("/problems/payload-too-large"))
                .body("detail", containsString("more than 20000 rows"));

        byte[] huge = new byte[(int) SheetReader.MAX_BYTES + 200 * 1024];
        Arrays.fill(huge, (byte) 'a');
        upload(slug, "measures", true, huge).then().statusCode(413).body("detail", containsString("10 MB"));
    }

    @Test
    void onlyEditorsOfTheAreaMayImport() {
        String slug = areaWithMeasures();
        Fixtures.setPublication("/api/v1/areas/" + slug, "PUBLISHED");
        String other = Fixtures.area();
        String otherId =
                api().get("/api/v1/areas/{slug}", other).then().extract().path("id");
        byte[] file =
                Sheets.csv(';', rows(MEASURE_HEADER, List.of("M1", "Maßnahme M1", "BQ", "Geplant", "mittel", "50")));
        upload(Credentials.token("EDITOR", List.of(otherId), List.of()), slug, "measures", true, file, CSV)
                .then()
                .statusCode(403);
        given().filter(Api.RESPONSES_ONLY)
                .accept(Api.ACCEPT)
                .contentType(CSV)
                .body(file)
                .queryParam("type", "measures")
                .post(IMPORTS, slug)
                .then()
                .statusCode(401);
    }

    @Test
    void needsAreMatchedByCode() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        Fixtures.targetGroup("YOUTH");
        Fixtures.need(slug, field, "B1");
        List<String> header = List.of("Kürzel", "Titel", "Handlungsfeld", "Priorität", "Zielgruppen-Codes");
        byte[] file = Sheets.csv(
                ';',
                rows(
                        header,
                        List.of("B1", "Bedarf B1", "BQ", "hoch", ""),
                        List.of("B2", "Mehr Plätze in Sprachkursen", "BQ", "mittel", "YOUTH")));
        upload(slug, "needs", false, file)
                .then()
                .statusCode(200)
                .body("counts.unchanged", equalTo(1))
                .body("counts.create", equalTo(1));
        api().queryParam("q", "Sprachkursen")
                .get("/api/v1/areas/{slug}/needs", slug)
                .then()
                .statusCode(200)
                .body("items[0].code", equalTo("B2"))
                .body("items[0].targetGroups[0].code", equalTo("YOUTH"));
    }

    @Test
    void stepsAreMatchedByMeasureAndPositionOrById() {
        String slug = areaWithMeasures();
        String m1 = (String) measure(slug, "M1").get("id");
        String step = api().body(Map.of("title", "Raum finden", "status", "OPEN", "position", 1))
                .post("/api/v1/areas/{slug}/measures/{id}/steps", slug, m1)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Fixtures.actor(slug, "Quartiersmanagement");
        List<String> header = List.of("ID", "Maßnahme", "Position", "Titel", "Status", "Verantwortlich", "Fällig am");
        byte[] file = Sheets.csv(
                ';',
                rows(
                        header,
                        List.of("", "M1", "1", "Raum finden", "Erledigt", "Quartiersmanagement", "2026-02-01"),
                        List.of("", "M1", "2", "Flyer drucken", "Offen", "", ""),
                        List.of("", "M9", "1", "Ohne Maßnahme", "Offen", "", "")));
        JsonPath preview = upload(slug, "steps", true, file)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(preview.getList("rows.action", String.class)).containsExactly("UPDATE", "CREATE", "CREATE");
        assertThat(preview.getString("rows[0].id")).isEqualTo(step);
        assertThat(preview.getList("problems.column", String.class)).containsExactly("measure");

        byte[] fixed = Sheets.csv(
                ';',
                rows(
                        header,
                        List.of(step, "M1", "1", "Raum finden", "Erledigt", "Quartiersmanagement", "01.02.2026"),
                        List.of("", "M1", "2", "Flyer drucken", "Offen", "", "")));
        upload(slug, "steps", false, fixed).then().statusCode(200).body("counts.create", equalTo(1));
        api().get("/api/v1/areas/{slug}/measures/{id}/steps", slug, m1)
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("Raum finden", "Flyer drucken")))
                .body("items[0].status", equalTo("DONE"))
                .body("items[0].dueDate", equalTo("2026-02-01"))
                .body("items[0].responsibleActor.name", equalTo("Quartiersmanagement"));
    }

    @Test
    void aStaleVersionColumnIsAProblemOfTheChangedRow() {
        String slug = areaWithMeasures();
        List<String> header =
                List.of("Kürzel", "Titel", "Handlungsfeld", "Status", "Priorität", "Fortschritt", "Version");
        byte[] file = Sheets.csv(
                ';',
                rows(
                        header,
                        List.of("M1", "Maßnahme M1", "BQ", "Geplant", "mittel", "50", "7"),
                        List.of("M2", "Maßnahme M2", "BQ", "Geplant", "mittel", "0", "7")));
        upload(slug, "measures", true, file)
                .then()
                .statusCode(200)
                .body("counts.problems", equalTo(1))
                .body("problems[0].row", equalTo(2))
                .body("problems[0].column", equalTo("version"));
    }
}
