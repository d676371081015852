package de.ihk.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWarmUpTest {

    @Test
    void theWarmUpConceptRendersAsALargeDocumentWithEveryPart() throws Exception {
        ConceptContent concept = PdfWarmUp.concept();
        assertThat(concept.actionFields()).hasSize(PdfWarmUp.ACTION_FIELDS);
        assertThat(concept.needs()).hasSize(PdfWarmUp.NEEDS);
        assertThat(concept.measures()).hasSize(PdfWarmUp.MEASURES);
        assertThat(concept.measures()).allSatisfy(m -> assertThat(m.steps()).hasSize(PdfWarmUp.STEPS_PER_MEASURE));
        assertThat(concept.presentations()).hasSize(PdfWarmUp.PRESENTATIONS);

        byte[] pdf = PdfWarmUp.render();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Probelauf", "Handlungsfeld", "B50", "M100", "Schritt", "Vorstellung");
            assertThat(document.getNumberOfPages()).isGreaterThan(40);
        }
    }
}
