package de.ihk.concept;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Renders the concept's document as a tagged PDF (PDF/UA-1) with openhtmltopdf: structure tags from the HTML, language
 * and title from {@code lang} and {@code <title>}, bookmarks per chapter, page numbers, and the DejaVu Sans fonts
 * (Bitstream Vera licence, see {@code fonts/DejaVu-LICENSE.txt}) embedded, as PDF/UA requires for every font.
 */
final class ConceptPdf {

    private static final String FAMILY = "DejaVu Sans";

    static {
        FontMappers.set(new BundledFontMapper());
    }

    private ConceptPdf() {}

    static byte[] render(ConceptContent content) {
        ConceptDocument.ForPdf document = ConceptDocument.forPdf(content);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FAMILY, 400, FontStyle.ITALIC, true);
        builder.withHtmlContent(document.html(), null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument pdf = renderer.createPDFKeepOpen()) {
            describeLinks(pdf, document.links());
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF document could not be rendered", e);
        }
    }

    /**
     * Gives every link annotation the alternate description PDF/UA requires (its {@code Contents}, ISO 14289-1 7.18.5),
     * which the renderer leaves out: the link's text for links out of the document, the chapter's title for the table
     * of contents (found by the bookmark that points to the same place). Done on the rendered document before it is
     * saved, so that it is written once.
     */
    private static void describeLinks(PDDocument document, Map<String, String> links) throws IOException {
        IdentityHashMap<COSDictionary, Integer> pageNumbers = new IdentityHashMap<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            pageNumbers.put(page.getCOSObject(), number++);
        }
        Map<String, String> chapters = new HashMap<>();
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                if (item.getDestination() instanceof PDPageDestination destination) {
                    chapters.put(place(destination, pageNumbers), item.getTitle());
                }
            }
        }
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(describe(link, links, chapters, pageNumbers));
                }
            }
        }
    }

    private static String describe(
            PDAnnotationLink link,
            Map<String, String> links,
            Map<String, String> chapters,
            IdentityHashMap<COSDictionary, Integer> pageNumbers)
            throws IOException {
        if (link.getAction() instanceof PDActionURI uri) {
            String text = links.get(uri.getURI());
            return text == null ? "Link zu " + uri.getURI() : text + " (" + uri.getURI() + ")";
        }
        PDDestination target = link.getDestination();
        if (target == null && link.getAction() instanceof PDActionGoTo goTo) {
            target = goTo.getDestination();
        }
        String chapter = target instanceof PDPageDestination page ? chapters.get(place(page, pageNumbers)) : null;
        return chapter == null ? "Verweis auf eine Stelle im Dokument" : "Zum Kapitel " + chapter;
    }

    /** Where a destination points: its page's number (looked up, not searched in the page tree) and height. */
    private static String place(PDPageDestination destination, IdentityHashMap<COSDictionary, Integer> pageNumbers) {
        int top = destination instanceof PDPageXYZDestination xyz ? xyz.getTop() : -1;
        PDPage page = destination.getPage();
        Integer number =
                page == null ? Integer.valueOf(destination.getPageNumber()) : pageNumbers.get(page.getCOSObject());
        return number + ":" + top;
    }

    private static InputStream font(String file) {
        InputStream in = ConceptPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from the application");
        }
        return in;
    }
}
