package de.ihk.concept;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders the concept's document as a tagged PDF (PDF/UA-1) with openhtmltopdf: structure tags from the HTML, language
 * and title from {@code lang} and {@code <title>}, bookmarks per chapter, page numbers, and the DejaVu Sans fonts
 * (Bitstream Vera licence, see {@code fonts/DejaVu-LICENSE.txt}) embedded, as PDF/UA requires for every font.
 */
final class ConceptPdf {

    private static final String FAMILY = "DejaVu Sans";

    private ConceptPdf() {}

    static byte[] render(ConceptContent content) {
        String html = ConceptDocument.html(content, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FAMILY, 400, FontStyle.ITALIC, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF document could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = ConceptPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from the application");
        }
        return in;
    }
}
