package de.ihk.concept;

import de.ihk.common.Html;
import de.ihk.common.Money;
import de.ihk.concept.ConceptContent.ActionFieldPart;
import de.ihk.concept.ConceptContent.ActorPart;
import de.ihk.concept.ConceptContent.AreaPart;
import de.ihk.concept.ConceptContent.MeasurePart;
import de.ihk.concept.ConceptContent.NeedPart;
import de.ihk.concept.ConceptContent.PresentationPart;
import de.ihk.concept.ConceptContent.StepPart;
import de.ihk.concept.ConceptContent.TargetGroupPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The concept as a document in German, made from its content: title page, table of contents, 1. the area's profile,
 * 2. the needs per action field, 3. the measures per action field, 4. the committee presentations, and an annex of the
 * needs no measure answers. Well-formed XHTML, so that the same text is the HTML document and the source of the PDF
 * ({@link ConceptPdf}), which adds bookmarks.
 */
final class ConceptDocument {

    static final String PROGRAMME = "Sozialer Zusammenhalt";

    private static final Locale GERMAN = Locale.GERMANY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", GERMAN);
    private static final Map<String, String> MEASURE_STATUS = Map.of(
            "IDEA", "Idee",
            "PLANNED", "Geplant",
            "IN_PROGRESS", "In Umsetzung",
            "COMPLETED", "Abgeschlossen",
            "ONGOING", "Verstetigt",
            "DISCONTINUED", "Eingestellt");
    private static final Map<String, String> STEP_STATUS =
            Map.of("OPEN", "Offen", "IN_PROGRESS", "In Arbeit", "DONE", "Erledigt", "CANCELLED", "Entfallen");
    private static final Map<String, String> PRESENTATION_STATUS =
            Map.of("SCHEDULED", "Geplant", "HELD", "Stattgefunden", "CANCELLED", "Abgesagt", "POSTPONED", "Verschoben");
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Map<String, String> PRIORITY = Map.of("HIGH", "hoch", "MEDIUM", "mittel", "LOW", "niedrig");

    /**
     * The document's stylesheet, served as a file of its own (the application's Content-Security-Policy allows no
     * inline style) and put inline into the source of the PDF.
     */
    static final String STYLESHEET = "/edition-document.css";

    private static final String STYLE = readStyle();

    private final ConceptContent c;
    private final StringBuilder out = new StringBuilder(32_768);
    private final Map<UUID, String> measureCodes = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();

    private ConceptDocument(ConceptContent content) {
        this.c = content;
        content.measures().forEach(m -> measureCodes.put(m.id(), m.code() + " " + m.title()));
    }

    /** The document as HTML; {@code bookmarks} adds the PDF renderer's outline to the head. */
    static String html(ConceptContent content, boolean bookmarks) {
        return new ConceptDocument(content).write(bookmarks);
    }

    /** The HTML for the PDF renderer, and the text of each link by its target (for the PDF's link descriptions). */
    record ForPdf(String html, Map<String, String> links) {}

    static ForPdf forPdf(ConceptContent content) {
        ConceptDocument document = new ConceptDocument(content);
        String html = document.write(true);
        return new ForPdf(html, Map.copyOf(document.links));
    }

    static String title(ConceptContent c) {
        return "Integriertes Handlungskonzept " + c.area().name() + " – "
                + c.edition().label();
    }

    private String write(boolean bookmarks) {
        AreaPart area = c.area();
        out.append(
                        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\" xml:lang=\"de\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<link rel=\"icon\" href=\"data:,\" />\n") // no favicon request, as in the web app
                .append("<title>")
                .append(esc(title(c)))
                .append("</title>\n");
        meta(
                "subject",
                "Integriertes Handlungskonzept (IHK) für das Fördergebiet " + area.name() + " im Programm " + PROGRAMME
                        + ", Fassung " + c.edition().label());
        meta("author", area.municipality() == null ? area.name() : "Stadt " + area.municipality());
        if (bookmarks) {
            out.append("<style>\n").append(STYLE).append("</style>\n");
        } else {
            out.append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\" />\n");
        }
        if (bookmarks) {
            out.append("<bookmarks>\n");
            for (String[] chapter : chapters()) {
                out.append("<bookmark name=\"")
                        .append(esc(chapter[1]))
                        .append("\" href=\"#")
                        .append(chapter[0])
                        .append("\" />\n");
            }
            out.append("</bookmarks>\n");
        }
        out.append("</head>\n<body>\n");
        titlePage();
        toc();
        out.append("<main>\n");
        profile();
        needs();
        measures();
        presentations();
        annex();
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private List<String[]> chapters() {
        return List.of(
                new String[] {"profil", "1. Räumliches und soziales Profil des Gebiets"},
                new String[] {"bedarfe", "2. Bedarfe nach Handlungsfeldern"},
                new String[] {"massnahmen", "3. Maßnahmen nach Handlungsfeldern"},
                new String[] {"gremien", "4. Vorstellung in den Ausschüssen"},
                new String[] {"anhang", "Anhang: Bedarfe ohne Maßnahme"});
    }

    private void titlePage() {
        AreaPart area = c.area();
        out.append("<header class=\"title-page\">\n<p class=\"programme\">Städtebauförderung – Programm ")
                .append(PROGRAMME)
                .append("</p>\n<h1>Integriertes Handlungskonzept (IHK) ")
                .append(esc(area.name()))
                .append("</h1>\n<table>\n");
        row("Stadt", area.municipality());
        row("Fördergebiet", area.name());
        row("Programm", PROGRAMME);
        row("Fassung", c.edition().label());
        row(
                "Beschlossen am",
                c.edition().adoptedOn() != null
                        ? date(c.edition().adoptedOn())
                        : "noch nicht beschlossen (in Vorbereitung; gezeigt wird der aktuelle veröffentlichte Stand)");
        out.append("</table>\n");
        paragraph(c.edition().summary());
        out.append("</header>\n");
    }

    private void toc() {
        out.append("<nav class=\"toc\" aria-labelledby=\"inhalt\">\n<h2 id=\"inhalt\">Inhalt</h2>\n<ol>\n");
        for (String[] chapter : chapters()) {
            out.append("<li>");
            link("#" + chapter[0], chapter[1]);
            out.append("</li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private void profile() {
        AreaPart a = c.area();
        chapter(0);
        out.append("<table>\n<caption>Kennzahlen des Gebiets</caption>\n");
        row("Stadt", a.municipality());
        row("Programm", a.programme());
        row("Größe", a.sizeHectares() == null ? null : number(a.sizeHectares()) + " ha");
        row(
                "Einwohnerinnen und Einwohner",
                a.inhabitants() == null ? null : number(BigDecimal.valueOf(a.inhabitants())));
        row(
                "Förderzeitraum",
                a.fundingStart() == null
                        ? null
                        : a.fundingStart() + "–" + (a.fundingEnd() == null ? "" : a.fundingEnd()));
        row("Fördervolumen", money(a.budget()));
        out.append("</table>\n");
        paragraph(a.summary());
        paragraph(a.description());
        out.append("</section>\n");
    }

    private void needs() {
        chapter(1);
        int number = 0;
        for (ActionFieldPart field : c.actionFields()) {
            number++;
            fieldHeading("2." + number, field);
            paragraph(field.description());
            if (field.goal() != null && !field.goal().isBlank()) {
                out.append("<p><strong>Ziel:</strong> ")
                        .append(esc(field.goal()))
                        .append("</p>\n");
            }
            List<NeedPart> needs = c.needs().stream()
                    .filter(n -> n.actionFieldId().equals(field.id()))
                    .toList();
            if (needs.isEmpty()) {
                out.append("<p class=\"note\">In diesem Handlungsfeld sind keine Bedarfe beschrieben.</p>\n");
            }
            for (NeedPart need : needs) {
                out.append("<h4>").append(esc(need.code() + " " + need.title())).append("</h4>\n");
                paragraph(need.description());
                out.append("<table>\n");
                row("Priorität", PRIORITY.get(need.priority()));
                row("Zielgruppen", targetGroups(need.targetGroups()));
                row("Grundlage", need.evidence());
                row(
                        "Beantwortet durch",
                        need.measureIds().isEmpty()
                                ? "keine Maßnahme (siehe Anhang)"
                                : need.measureIds().stream()
                                        .map(id -> measureCodes.getOrDefault(id, id.toString()))
                                        .collect(Collectors.joining("; ")));
                out.append("</table>\n");
            }
            out.append("</section>\n");
        }
        out.append("</section>\n");
    }

    private void measures() {
        chapter(2);
        Map<UUID, String> needNames = new HashMap<>();
        c.needs().forEach(n -> needNames.put(n.id(), n.code() + " " + n.title()));
        int number = 0;
        for (ActionFieldPart field : c.actionFields()) {
            number++;
            fieldHeading("3." + number, field);
            List<MeasurePart> measures = c.measures().stream()
                    .filter(m -> m.actionFieldId().equals(field.id()))
                    .toList();
            if (measures.isEmpty()) {
                out.append("<p class=\"note\">In diesem Handlungsfeld sind keine Maßnahmen beschrieben.</p>\n");
            }
            for (MeasurePart m : measures) {
                out.append("<h4>").append(esc(m.code() + " " + m.title())).append("</h4>\n");
                paragraph(m.summary());
                paragraph(m.description());
                out.append("<table>\n");
                row("Status", MEASURE_STATUS.get(m.status()) + (m.progress() > 0 ? " (" + m.progress() + " %)" : ""));
                row("Zeitraum", period(m.startDate(), m.endDate()));
                row("Federführung", actor(m.leadActor()));
                row(
                        "Partner",
                        m.partnerActors().stream().map(ConceptDocument::actor).collect(Collectors.joining("; ")));
                row("Zielgruppen", targetGroups(m.targetGroups()));
                row(
                        "Budget",
                        m.budget() == null
                                ? null
                                : money(m.budget())
                                        + (m.fundingSource() == null ? "" : " (" + m.fundingSource() + ")"));
                row("Ort", m.location());
                row(
                        "Bedarfe",
                        m.needIds().stream()
                                .map(id -> needNames.getOrDefault(id, id.toString()))
                                .collect(Collectors.joining("; ")));
                out.append("</table>\n");
                steps(m.steps());
            }
            out.append("</section>\n");
        }
        out.append("</section>\n");
    }

    private void steps(List<StepPart> steps) {
        if (steps.isEmpty()) {
            return;
        }
        out.append("<table>\n<caption>Handlungsschritte</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Handlungsschritt</th><th scope=\"col\">Fällig</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\">Verantwortlich</th></tr></thead>\n<tbody>\n");
        for (StepPart s : steps) {
            out.append("<tr><td>")
                    .append(esc(s.title()))
                    .append("</td><td>")
                    .append(esc(s.dueDate() == null ? "–" : date(s.dueDate())))
                    .append("</td><td>")
                    .append(esc(STEP_STATUS.getOrDefault(s.status(), "–")))
                    .append("</td><td>")
                    .append(esc(s.responsibleActor() == null ? "–" : actor(s.responsibleActor())))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void presentations() {
        chapter(3);
        List<PresentationPart> presentations = c.presentations();
        if (presentations.isEmpty()) {
            out.append(
                    "<p class=\"note\">Zu dieser Fassung sind keine Vorstellungen in Ausschüssen verzeichnet.</p>\n");
        } else {
            out.append("<table>\n<caption>Ausschüsse, in denen diese Fassung vorgestellt wurde</caption>\n")
                    .append("<thead><tr><th scope=\"col\">Datum</th><th scope=\"col\">Ausschuss</th>")
                    .append("<th scope=\"col\">Thema</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
            for (PresentationPart p : presentations) {
                out.append("<tr><td>")
                        .append(esc(date(p.date())))
                        .append("</td><td>")
                        .append(esc(p.committee().name()))
                        .append("</td><td>");
                if (p.agendaItemUrl() != null || p.paperUrl() != null) {
                    link(p.agendaItemUrl() != null ? p.agendaItemUrl() : p.paperUrl(), p.title());
                } else {
                    out.append(esc(p.title()));
                }
                out.append("</td><td>")
                        .append(esc(PRESENTATION_STATUS.getOrDefault(p.status(), "–")))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void annex() {
        chapter(4);
        List<NeedPart> open =
                c.needs().stream().filter(n -> n.measureIds().isEmpty()).toList();
        if (open.isEmpty()) {
            out.append("<p>Jeder Bedarf wird von mindestens einer Maßnahme beantwortet.</p>\n");
        } else {
            out.append("<p>Diese Bedarfe beantwortet noch keine Maßnahme:</p>\n<ul>\n");
            Map<UUID, String> fields = new HashMap<>();
            c.actionFields().forEach(f -> fields.put(f.id(), f.title()));
            for (NeedPart n : open) {
                out.append("<li>")
                        .append(esc(
                                n.code() + " " + n.title() + " (Handlungsfeld " + fields.get(n.actionFieldId()) + ")"))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private void chapter(int index) {
        String[] chapter = chapters().get(index);
        out.append("<section id=\"")
                .append(chapter[0])
                .append("\" aria-labelledby=\"")
                .append(chapter[0])
                .append("-titel\">\n<h2 id=\"")
                .append(chapter[0])
                .append("-titel\">")
                .append(esc(chapter[1]))
                .append("</h2>\n");
    }

    private void fieldHeading(String number, ActionFieldPart field) {
        out.append("<section>\n<h3>")
                .append(esc(number + " Handlungsfeld " + field.title() + " (" + field.code() + ")"))
                .append("</h3>\n");
    }

    private void meta(String name, String content) {
        out.append("<meta name=\"")
                .append(name)
                .append("\" content=\"")
                .append(esc(content))
                .append("\" />\n");
    }

    private void row(String label, String value) {
        out.append("<tr><th scope=\"row\">")
                .append(esc(label))
                .append("</th><td>")
                .append(esc(value == null || value.isBlank() ? "–" : value))
                .append("</td></tr>\n");
    }

    private void paragraph(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String p : PARAGRAPHS.split(text.strip(), -1)) {
            out.append("<p>").append(esc(p.strip())).append("</p>\n");
        }
    }

    private void link(String href, String text) {
        links.putIfAbsent(href, text);
        out.append("<a href=\"")
                .append(esc(href))
                .append("\" title=\"")
                .append(esc(text))
                .append("\">")
                .append(esc(text))
                .append("</a>");
    }

    private static String actor(ActorPart a) {
        return a == null ? null : a.name();
    }

    private static String targetGroups(List<TargetGroupPart> groups) {
        return groups.stream().map(TargetGroupPart::labelDe).collect(Collectors.joining(", "));
    }

    private static String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return null;
        }
        return (start == null ? "" : "ab " + date(start))
                + (start != null && end != null ? " " : "")
                + (end == null ? "" : "bis " + date(end));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String money(Money money) {
        if (money == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(new BigDecimal(money.amount()))
                + ("EUR".equals(money.currency()) ? " €" : " " + money.currency());
    }

    private static String readStyle() {
        try (InputStream in = ConceptDocument.class.getResourceAsStream("/META-INF/resources" + STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("The stylesheet " + STYLESHEET + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes text for XHTML; drops characters XML does not allow. */
    static String esc(String text) {
        return Html.escape(text);
    }
}
