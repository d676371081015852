package de.ihk.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWarmUpTest {

    @Test
    void theWarmUpConceptRendersAsADocumentWithEveryPart() throws Exception {
        byte[] pdf = PdfWarmUp.render();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Probelauf", "Handlungsfeld", "HF-B1", "HF-01", "Schritt", "Vorstellung");
        }
    }
}
