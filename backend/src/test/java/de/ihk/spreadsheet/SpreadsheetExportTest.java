package de.ihk.spreadsheet;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Api.withToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpreadsheetExportTest {

    private static final String MEASURES = "/api/v1/areas/{slug}/measures";
    private static final String XLSX = SheetFormat.XLSX_TYPE;

    @Inject
    EntityManager em;

    /** A published area with a published action field, two published measures (GR-01, GR-02) and a draft (GR-03). */
    private record Area(String slug, String id, String field, String lead, String published, String draft) {}

    private static Area area() {
        String slug = Fixtures.area();
        String areaId = api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        String field = Fixtures.actionField(slug, "GR");
        String lead = Fixtures.actor(slug, "Bürgerverein Schinkel-Süd");
        String group = Fixtures.targetGroup("SHEET_FAMILIES");

        Map<String, Object> first = Fixtures.measureBody("GR-01", field);
        first.put("title", "Grünflächen für Familien – größer & schöner");
        first.put("summary", "=HYPERLINK(\"http://evil.example\",\"Klick\")");
        first.put("description", "Zeile eins\nZeile zwei, mit \"Zitat\"");
        first.put("status", "IN_PROGRESS");
        first.put("progress", 40);
        first.put("startDate", "2025-03-01");
        first.put("endDate", "2027-10-31");
        first.put("leadActorId", lead);
        first.put("targetGroups", List.of(group));
        first.put("budget", Map.of("amount", "15000.50", "currency", "EUR"));
        first.put("location", "-Spielplatz Nord");
        first.put("publicationStatus", "PUBLISHED");
        String published = Fixtures.measure(slug, first);

        Map<String, Object> second = Fixtures.measureBody("GR-02", field);
        second.put("title", "Straßenfest");
        second.put("status", "PLANNED");
        second.put("publicationStatus", "PUBLISHED");
        Fixtures.measure(slug, second);

        Map<String, Object> third = Fixtures.measureBody("GR-03", field);
        third.put("title", "Entwurf: Quartiersgarten");
        String draft = Fixtures.measure(slug, third);

        Fixtures.setPublication("/api/v1/areas/" + slug, "PUBLISHED");
        Fixtures.setPublication("/api/v1/areas/" + slug + "/action-fields/" + field, "PUBLISHED");
        return new Area(slug, areaId, field, lead, published, draft);
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static List<String> column(List<CSVRecord> records, int index) {
        return records.stream().skip(1).map(r -> r.get(index)).toList();
    }

    @Test
    void measuresAsCsvFollowRfc4180WithBomGermanHeadersAndNeutralisedFormulas() throws IOException {
        Area area = area();
        Response response = anonymous().get(MEASURES + "?format=csv", area.slug());
        response.then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Type", containsString("charset=UTF-8"))
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"" + area.slug() + "-massnahmen-" + Fixtures.today()
                                + ".csv\""));
        byte[] body = response.asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContainPattern("[^\r]\n(?!Zeile)");

        List<CSVRecord> records = csv(body);
        assertThat(records.get(0).toList()).isEqualTo(SheetLayouts.MEASURES.headers(SheetLanguage.DE));
        assertThat(column(records, 1)).containsExactly("GR-01", "GR-02"); // the draft GR-03 is not shown
        CSVRecord first = records.get(1);
        Map<String, String> row = byHeader(records.get(0), first);
        assertThat(row.get("ID")).isEqualTo(area.published());
        assertThat(row.get("Titel")).isEqualTo("Grünflächen für Familien – größer & schöner");
        assertThat(row.get("Kurzbeschreibung")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Klick\")");
        assertThat(row.get("Beschreibung")).isEqualTo("Zeile eins\nZeile zwei, mit \"Zitat\"");
        assertThat(row.get("Ort")).isEqualTo("'-Spielplatz Nord");
        assertThat(row.get("Handlungsfeld")).isEqualTo("GR");
        assertThat(row.get("Handlungsfeld-ID")).isEqualTo(area.field());
        assertThat(row.get("Status")).isEqualTo("In Umsetzung");
        assertThat(row.get("Priorität")).isEqualTo("mittel");
        assertThat(row.get("Fortschritt")).isEqualTo("40");
        assertThat(row.get("Beginn")).isEqualTo("2025-03-01");
        assertThat(row.get("Ende")).isEqualTo("2027-10-31");
        assertThat(row.get("Federführung")).isEqualTo("Bürgerverein Schinkel-Süd");
        assertThat(row.get("Federführung-ID")).isEqualTo(area.lead());
        assertThat(row.get("Zielgruppen")).isEqualTo("Gruppe SHEET_FAMILIES");
        assertThat(row.get("Zielgruppen-Codes")).isEqualTo("SHEET_FAMILIES");
        assertThat(row.get("Budget")).isEqualTo("15000.50");
        assertThat(row.get("Währung")).isEqualTo("EUR");
        assertThat(row.get("Veröffentlichung")).isEqualTo("Veröffentlicht");
        assertThat(row.get("Zuletzt geändert")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
    }

    private static Map<String, String> byHeader(CSVRecord header, CSVRecord row) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), row.get(i));
        }
        return values;
    }

    @Test
    void measuresAsXlsxHaveTypedCellsAFrozenFilterableHeaderAndNoFormulas() throws IOException {
        Area area = area();
        Response response = anonymous().accept(XLSX).get(MEASURES, area.slug());
        response.then()
                .statusCode(200)
                .header("Content-Type", equalTo(XLSX))
                .header("Content-Disposition", containsString(".xlsx\""))
                .header("Vary", containsString("Accept"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Maßnahmen");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AB3");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);

            Map<String, Cell> row = new HashMap<>();
            Row header = sheet.getRow(0);
            for (Cell cell : header) {
                row.put(cell.getStringCellValue(), sheet.getRow(1).getCell(cell.getColumnIndex()));
            }
            assertThat(row.get("Titel").getStringCellValue()).isEqualTo("Grünflächen für Familien – größer & schöner");
            Cell summary = row.get("Kurzbeschreibung");
            assertThat(summary.getCellType()).isEqualTo(CellType.STRING);
            assertThat(summary.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"Klick\")");

            Cell progress = row.get("Fortschritt");
            assertThat(progress.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(progress.getNumericCellValue()).isEqualTo(0.4);
            assertThat(progress.getCellStyle().getDataFormatString()).contains("%");

            Cell start = row.get("Beginn");
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(DateUtil.isCellDateFormatted(row.get("Zuletzt geändert")))
                    .isTrue();

            Cell budget = row.get("Budget");
            assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(budget.getNumericCellValue()).isEqualTo(15000.50);
            assertThat(budget.getCellStyle().getDataFormatString()).contains("€");

            assertThat(row.get("Version").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.get("Ende")).isNotNull();
            assertThat(sheet.getRow(2).getCell(12).getNumericCellValue()).isZero(); // GR-02 has no progress yet
        }
    }

    @Test
    void editorsOfTheAreaSeeDraftsInTheExportAnonymousReadersDoNot() throws IOException {
        Area area = area();
        String editor = Credentials.token("EDITOR", List.of(area.id()), List.of());
        List<CSVRecord> asEditor = csv(withToken(editor)
                .accept("text/csv")
                .get(MEASURES, area.slug())
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("private"))
                .extract()
                .asByteArray());
        assertThat(column(asEditor, 1)).containsExactly("GR-01", "GR-02", "GR-03");
        assertThat(column(asEditor, 25)).containsExactly("Veröffentlicht", "Veröffentlicht", "Entwurf");

        List<CSVRecord> asReader =
                csv(anonymous().accept("text/csv").get(MEASURES, area.slug()).asByteArray());
        assertThat(column(asReader, 1)).containsExactly("GR-01", "GR-02");
    }

    @Test
    void theListsFiltersAndSortApplyButNotItsPaging() throws IOException {
        Area area = area();
        List<CSVRecord> inProgress = csv(anonymous()
                .get(MEASURES + "?format=csv&status=IN_PROGRESS&size=1&page=1", area.slug())
                .asByteArray());
        assertThat(column(inProgress, 1)).containsExactly("GR-01");

        List<CSVRecord> descending = csv(anonymous()
                .get(MEASURES + "?format=csv&sort=-code", area.slug())
                .asByteArray());
        assertThat(column(descending, 1)).containsExactly("GR-02", "GR-01");

        badInput()
                .get(MEASURES + "?format=csv&sort=colour", area.slug())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void englishHeadersAndLabelsWithLangEn() throws IOException {
        Area area = area();
        List<CSVRecord> records = csv(
                anonymous().get(MEASURES + "?format=csv&lang=en", area.slug()).asByteArray());
        assertThat(records.get(0).toList()).isEqualTo(SheetLayouts.MEASURES.headers(SheetLanguage.EN));
        assertThat(records.get(1).get(10)).isEqualTo("In progress");
        anonymous()
                .get(MEASURES + "?format=xlsx&lang=en", area.slug())
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("-measures-"));
    }

    @Test
    void anUnknownFormatOrLanguageIsA400AndASpreadsheetOfASingleRecordA406() {
        Area area = area();
        badInput()
                .get(MEASURES + "?format=pdf", area.slug())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("format"));
        badInput()
                .get(MEASURES + "?format=csv&lang=fr", area.slug())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lang"));
        // (not through the contract's validator: 406 is documented for lists only)
        given().accept("text/csv")
                .get(MEASURES + "/{id}", area.slug(), area.published())
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
        given().get(MEASURES + "/{id}?format=xlsx", area.slug(), area.published())
                .then()
                .statusCode(406);
    }

    @Test
    void jsonAndSpreadsheetAnswersOfTheSameUrlAreNeverMixedUp() throws IOException {
        Area area = area();
        // JSON first (the answer cache keeps it), then CSV and XLSX of the same URL, then JSON again
        anonymous().get(MEASURES, area.slug()).then().statusCode(200).header("Vary", containsString("Accept"));
        anonymous()
                .accept("*/*")
                .get(MEASURES, area.slug())
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"));
        assertThat(csv(anonymous().accept("text/csv").get(MEASURES, area.slug()).asByteArray()))
                .hasSize(3);
        anonymous()
                .accept(XLSX)
                .get(MEASURES, area.slug())
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo(XLSX));
        anonymous()
                .get(MEASURES + "?format=json", area.slug())
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("totalItems", equalTo(2));
        anonymous().get(MEASURES, area.slug()).then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void theAreasStepsListTheOpenOnesWithDueDateAndResponsibleActor() throws IOException {
        Area area = area();
        String steps = "/api/v1/areas/{slug}/measures/{id}/steps";
        api().body(Map.of(
                        "title",
                        "Pflanzplan abstimmen",
                        "status",
                        "OPEN",
                        "position",
                        1,
                        "dueDate",
                        "2026-03-31",
                        "responsibleActorId",
                        area.lead()))
                .post(steps, area.slug(), area.published())
                .then()
                .statusCode(201);
        api().body(Map.of("title", "Ausschreibung", "status", "DONE", "position", 2, "dueDate", "2026-01-15"))
                .post(steps, area.slug(), area.published())
                .then()
                .statusCode(201);
        api().body(Map.of("title", "Geheimer Schritt", "status", "OPEN", "position", 1, "dueDate", "2026-02-01"))
                .post(steps, area.slug(), area.draft())
                .then()
                .statusCode(201);

        String list = "/api/v1/areas/{slug}/steps";
        anonymous()
                .get(list + "?open=true", area.slug())
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Pflanzplan abstimmen"))
                .body("items[0].measure.code", equalTo("GR-01"))
                .body("items[0].responsibleActor.name", equalTo("Bürgerverein Schinkel-Süd"));
        api().get(list + "?open=true", area.slug()).then().body("totalItems", equalTo(2));
        api().get(list + "?open=true&dueBefore=2026-03-01", area.slug())
                .then()
                .body("items.title", equalTo(List.of("Geheimer Schritt")));
        api().get(list + "?responsible=" + area.lead(), area.slug())
                .then()
                .body("items.title", equalTo(List.of("Pflanzplan abstimmen")));
        api().get(list, area.slug())
                .then()
                .body("items.title", equalTo(List.of("Ausschreibung", "Geheimer Schritt", "Pflanzplan abstimmen")));

        List<CSVRecord> records =
                csv(anonymous().get(list + "?format=csv", area.slug()).asByteArray());
        assertThat(records.get(0).toList()).isEqualTo(SheetLayouts.STEPS.headers(SheetLanguage.DE));
        assertThat(column(records, 5)).containsExactly("Ausschreibung", "Pflanzplan abstimmen");
        assertThat(records.get(2).get(1)).isEqualTo("GR-01");
        assertThat(records.get(2).get(7)).isEqualTo("2026-03-31");
        assertThat(records.get(2).get(8)).isEqualTo("Offen");
        assertThat(records.get(2).get(9)).isEqualTo("Bürgerverein Schinkel-Süd");
    }

    @Test
    void aLongListIsExportedCompletelyAndInOrderAcrossManyChunks() throws IOException {
        Area area = area();
        int count = de.ihk.common.ListQuery.CHUNK * 5 + 17; // several chunks and a partial one
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        INSERT INTO measure (id, version, created_at, updated_at, area_id, action_field_id, code, title,
                                             status, priority, progress, publication_status)
                        SELECT gen_random_uuid(), 0, now(), now(), a.id, :field, 'ZZ-' || lpad(n::text, 5, '0'),
                               'Massenmaßnahme ' || n, 'PLANNED', 'LOW', n % 101, 'PUBLISHED'
                          FROM area a, generate_series(1, :count) n WHERE a.slug = :slug""")
                        .setParameter("field", UUID.fromString(area.field()))
                        .setParameter("count", count)
                        .setParameter("slug", area.slug())
                        .executeUpdate());
        List<CSVRecord> records =
                csv(anonymous().get(MEASURES + "?format=csv", area.slug()).asByteArray());
        List<String> codes = column(records, 1);
        assertThat(codes).hasSize(count + 2);
        List<String> expected = new ArrayList<>(List.of("GR-01", "GR-02"));
        for (int n = 1; n <= count; n++) {
            expected.add("ZZ-%05d".formatted(n));
        }
        assertThat(codes).isEqualTo(expected);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                anonymous().get(MEASURES + "?format=xlsx", area.slug()).asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(count + 2);
        }
    }

    @Test
    void everyOtherListIsHadAsASpreadsheetWithItsOwnColumns() throws IOException {
        Area area = area();
        Fixtures.committee(area.slug(), "Ausschuss für Stadtentwicklung");
        Map<String, SheetLayout> lists = new java.util.LinkedHashMap<>();
        lists.put("/api/v1/areas?municipality=" + area.slug(), SheetLayouts.AREAS);
        lists.put("/api/v1/areas/" + area.slug() + "/action-fields", SheetLayouts.ACTION_FIELDS);
        lists.put("/api/v1/areas/" + area.slug() + "/presentations", SheetLayouts.PRESENTATIONS);
        lists.put("/api/v1/actors?municipality=" + area.slug(), SheetLayouts.ACTORS);
        lists.put("/api/v1/committees?municipality=" + area.slug(), SheetLayouts.COMMITTEES);
        lists.put("/api/v1/target-groups", SheetLayouts.TARGET_GROUPS);
        lists.put("/api/v1/search?q=Familien&area=" + area.slug(), SheetLayouts.SEARCH_RESULTS);
        Map<SheetLayout, List<CSVRecord>> read = new HashMap<>();
        for (var list : lists.entrySet()) {
            List<CSVRecord> records = csv(anonymous()
                    .accept("text/csv")
                    .get(list.getKey())
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray());
            assertThat(records.get(0).toList())
                    .as(list.getKey())
                    .isEqualTo(list.getValue().headers(SheetLanguage.DE));
            read.put(list.getValue(), records);
        }
        assertThat(column(read.get(SheetLayouts.AREAS), 1)).containsExactly(area.slug());
        assertThat(read.get(SheetLayouts.AREAS).get(1).get(9)).isEqualTo("15000000.00");
        assertThat(column(read.get(SheetLayouts.ACTION_FIELDS), 1)).containsExactly("GR");
        assertThat(read.get(SheetLayouts.PRESENTATIONS)).hasSize(1); // none yet: the header alone
        assertThat(column(read.get(SheetLayouts.ACTORS), 1)).containsExactly("Bürgerverein Schinkel-Süd");
        assertThat(column(read.get(SheetLayouts.ACTORS), 2)).containsExactly("Sozialer Träger");
        assertThat(column(read.get(SheetLayouts.COMMITTEES), 1)).containsExactly("Ausschuss für Stadtentwicklung");
        assertThat(column(read.get(SheetLayouts.TARGET_GROUPS), 1)).contains("SHEET_FAMILIES");
        List<CSVRecord> hits = read.get(SheetLayouts.SEARCH_RESULTS);
        assertThat(column(hits, 0)).contains("Maßnahme");
        assertThat(column(hits, 1)).contains("Grünflächen für Familien – größer & schöner");
        assertThat(column(hits, 2)).noneMatch(snippet -> snippet.contains("<mark>"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(anonymous()
                .get("/api/v1/areas?format=xlsx&lang=en&municipality=" + area.slug())
                .asByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Areas");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Size (ha)");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(94.01);
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(8500);
        }
    }
}
