package de.ihk.concept;

import static de.ihk.concept.EditionAdoptionApiTest.adopt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.testing.Api;
import de.ihk.testing.Concept;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

@QuarkusTest
class EditionDocumentApiTest {

    private static final String DOCUMENT = "/api/v1/areas/{slug}/editions/{id}/document";
    private static final String PDF = DOCUMENT + ".pdf";

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static RequestSpecification reader(String accept) {
        return given().filter(Api.RESPONSES_ONLY).accept(accept);
    }

    @Test
    void theHtmlDocumentHasTheChaptersOfAConceptInGerman() {
        Concept c = new Concept();
        adopt(c.slug, c.edition, "2022-06-29").then().statusCode(200);

        Response response = reader("text/html").get(DOCUMENT, c.slug, c.edition);
        response.then().statusCode(200).contentType("text/html");
        String html = response.asString();
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\"")
                .contains("<title>Integriertes Handlungskonzept Sanierungsgebiet " + c.slug + " – IHK 2022</title>")
                .contains("Programm Sozialer Zusammenhalt")
                .contains("<th scope=\"row\">Beschlossen am</th><td>29.06.2022</td>")
                .contains("<nav class=\"toc\"")
                .contains("<link rel=\"stylesheet\" href=\"/edition-document.css\" />")
                .doesNotContain("<style")
                .contains("<h2 id=\"profil-titel\">1. Räumliches und soziales Profil des Gebiets</h2>")
                .contains("<h2 id=\"bedarfe-titel\">2. Bedarfe nach Handlungsfeldern</h2>")
                .contains("<h2 id=\"massnahmen-titel\">3. Maßnahmen nach Handlungsfeldern</h2>")
                .contains("<h2 id=\"gremien-titel\">4. Vorstellung in den Ausschüssen</h2>")
                .contains("<h2 id=\"anhang-titel\">Anhang: Bedarfe ohne Maßnahme</h2>")
                .contains("<h4>PUB-B1 Betreuung</h4>")
                .contains("<h4>PUB-M1 Lernwerkstatt</h4>")
                .contains("<th scope=\"row\">Federführung</th><td>Quartiersmanagement " + c.slug + "</td>")
                .contains("<td>Räume finden</td><td>15.01.2027</td><td>Offen</td>")
                .contains("Vorstellung des IHK")
                .contains("94,01 ha")
                .contains("15.000.000,00 €")
                .doesNotContain(c.marker)
                .doesNotContain("<bookmarks>");
        // one h1, chapters in order, headings without gaps
        assertThat(html.split("<h1", -1)).hasSize(2);
        assertThat(html.indexOf("id=\"bedarfe-titel\"")).isLessThan(html.indexOf("id=\"massnahmen-titel\""));
        assertThat(html.indexOf("id=\"massnahmen-titel\"")).isLessThan(html.indexOf("id=\"gremien-titel\""));
        assertThat(html.indexOf("id=\"gremien-titel\"")).isLessThan(html.indexOf("id=\"anhang-titel\""));
        // well-formed XHTML, which is also what the PDF is made of
        assertThat(parses(html)).isTrue();

        // the stylesheet is a file of the application (no inline style under its Content-Security-Policy)
        assertThat(given().get("/edition-document.css")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("@media print")
                .contains("@page");

        String etag = response.header("ETag");
        reader("text/html")
                .header("If-None-Match", etag)
                .get(DOCUMENT, c.slug, c.edition)
                .then()
                .statusCode(304);
    }

    @Test
    void thePdfIsTaggedPdfUaWithBookmarksAndTheSameFileEveryTime() throws Exception {
        Concept c = new Concept();
        adopt(c.slug, c.edition, "2022-06-29").then().statusCode(200);

        Response first = reader("application/pdf").get(PDF, c.slug, c.edition);
        first.then().statusCode(200).contentType("application/pdf");
        assertThat(first.header("Content-Disposition")).contains("ihk-" + c.slug + "-ihk-2022.pdf");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        byte[] pdf = first.asByteArray();
        byte[] second = reader("application/pdf").get(PDF, c.slug, c.edition).asByteArray();
        assertThat(second).isEqualTo(pdf);

        assertThat(violations(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Integriertes Handlungskonzept Sanierungsgebiet " + c.slug + " – IHK 2022");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item :
                    document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks)
                    .containsExactly(
                            "1. Räumliches und soziales Profil des Gebiets",
                            "2. Bedarfe nach Handlungsfeldern",
                            "3. Maßnahmen nach Handlungsfeldern",
                            "4. Vorstellung in den Ausschüssen",
                            "Anhang: Bedarfe ohne Maßnahme");
            String text = new PDFTextStripper().getText(document);
            // PDF/UA mode has no standard fonts: without embedded ones the text would silently vanish
            assertThat(text)
                    .contains("Integriertes Handlungskonzept")
                    .contains("PUB-M1 Lernwerkstatt")
                    .contains("Räume finden")
                    .contains("Seite 1 von")
                    .doesNotContain(c.marker);
        }
    }

    @Test
    void anAdoptedEditionsPdfIsRenderedAheadOfItsFirstReader() throws Exception {
        Concept c = new Concept();
        adopt(c.slug, c.edition, "2022-06-29").then().statusCode(200);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!pdfStored(c.edition) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(pdfStored(c.edition)).as("PDF stored without a request").isTrue();
        reader("application/pdf").get(PDF, c.slug, c.edition).then().statusCode(200);
    }

    private boolean pdfStored(String edition) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT pdf IS NOT NULL FROM edition_snapshot WHERE edition_id = ?::uuid")) {
            query.setString(1, edition);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    @Test
    void aPreparingEditionsPdfIsValidToo() throws Exception {
        Concept c = new Concept();
        Response response = reader("application/pdf").get(PDF, c.slug, c.edition);
        response.then().statusCode(200);
        assertThat(response.header("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(violations(response.asByteArray())).isEmpty();
    }

    /** The PDF/UA-1 rules veraPDF finds broken, one line each. */
    static List<String> violations(byte[] pdf) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct()
                    .collect(Collectors.toList());
        }
    }

    private static boolean parses(String xhtml) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)));
            return true;
        } catch (Exception e) {
            throw new AssertionError("The document is not well-formed XHTML: " + e.getMessage(), e);
        }
    }
}
