package de.ihk.concept;

import de.ihk.common.Money;
import de.ihk.concept.ConceptContent.ActionFieldPart;
import de.ihk.concept.ConceptContent.ActorPart;
import de.ihk.concept.ConceptContent.AreaPart;
import de.ihk.concept.ConceptContent.CommitteePart;
import de.ihk.concept.ConceptContent.EditionPart;
import de.ihk.concept.ConceptContent.LinkPart;
import de.ihk.concept.ConceptContent.MeasurePart;
import de.ihk.concept.ConceptContent.NeedPart;
import de.ihk.concept.ConceptContent.PresentationPart;
import de.ihk.concept.ConceptContent.StepPart;
import de.ihk.concept.ConceptContent.TargetGroupPart;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A made-up concept of the size of a large real one (10 action fields, 50 needs, 100 measures of 4 steps, 20
 * committee presentations), rendered once a while after the start. The first real PDF then finds the renderer's
 * classes loaded, its fonts read and the code of every part of the document compiled: a small warm-up document leaves
 * the loops over many pages, table rows and structure tags to the interpreter, and the first real PDF took twice as
 * long as the next.
 */
final class PdfWarmUp {

    static final int ACTION_FIELDS = 10;
    static final int NEEDS = 50;
    static final int MEASURES = 100;
    static final int STEPS_PER_MEASURE = 4;
    static final int PRESENTATIONS = 20;

    private static final String[] WORDS =
            ("Quartier Stadtteil Nachbarschaft Spielplatz Grünfläche Begegnung Beteiligung"
                            + " Sanierung Wohnumfeld Schule Kita Familien Jugendliche Senioren Integration Sprachförderung Bildung"
                            + " Gesundheit Bewegung Stadtteilzentrum Beratung Ausbildung Klimaanpassung Entsiegelung Wohnraum"
                            + " die der das und mit für im in zur durch eine wird werden sollen neue öffentliche gemeinsame")
                    .split(" ");
    private static final TargetGroupPart YOUTH = new TargetGroupPart("YOUTH", "Jugendliche", "Young people");
    private static final TargetGroupPart FAMILIES = new TargetGroupPart("FAMILIES", "Familien", "Families");

    private PdfWarmUp() {}

    static byte[] render() {
        return ConceptPdf.render(concept());
    }

    static ConceptContent concept() {
        ActorPart actor = new ActorPart(id("actor", 0), "Quartiersmanagement", "ORGANISATION");
        Money budget = Money.of(new BigDecimal("15000.00"), "EUR");
        List<ActionFieldPart> fields = new ArrayList<>();
        for (int f = 0; f < ACTION_FIELDS; f++) {
            fields.add(new ActionFieldPart(
                    id("field", f),
                    "HF" + (f + 1),
                    "Handlungsfeld " + WORDS[f],
                    text(f, 60),
                    text(f + 7, 30),
                    f,
                    "#336699"));
        }
        List<NeedPart> needs = new ArrayList<>();
        for (int n = 0; n < NEEDS; n++) {
            needs.add(new NeedPart(
                    id("need", n),
                    id("field", n % ACTION_FIELDS),
                    "B" + (n + 1),
                    "Bedarf " + text(n, 8),
                    text(n + 3, 60),
                    text(n + 11, 40),
                    "HIGH",
                    List.of(YOUTH),
                    n % 5 == 4 ? List.of() : List.of(id("measure", n))));
        }
        List<MeasurePart> measures = new ArrayList<>();
        for (int m = 0; m < MEASURES; m++) {
            List<StepPart> steps = new ArrayList<>();
            for (int s = 0; s < STEPS_PER_MEASURE; s++) {
                int n = m * STEPS_PER_MEASURE + s;
                steps.add(new StepPart(
                        id("step", n),
                        "Schritt " + text(n, 8),
                        text(n + 1, 40),
                        LocalDate.of(2026, 6, 30),
                        "OPEN",
                        actor));
            }
            measures.add(new MeasurePart(
                    id("measure", m),
                    id("field", m % ACTION_FIELDS),
                    List.of(),
                    "M" + (m + 1),
                    "Maßnahme " + text(m + 17, 8),
                    text(m + 5, 50),
                    text(m, 70) + "\n\nMit **Hervorhebung** und einer Liste:\n\n- eins\n- zwei",
                    "IN_PROGRESS",
                    "HIGH",
                    40,
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    actor,
                    List.of(actor),
                    List.of(YOUTH, FAMILIES),
                    "Ort",
                    budget,
                    "Städtebauförderung",
                    m < NEEDS ? List.of(id("need", m)) : List.of(),
                    List.of(new LinkPart("Mehr dazu", "https://example.org/")),
                    steps));
        }
        List<PresentationPart> presentations = new ArrayList<>();
        for (int p = 0; p < PRESENTATIONS; p++) {
            presentations.add(new PresentationPart(
                    id("presentation", p),
                    new CommitteePart(id("committee", 0), "Ausschuss für Stadtentwicklung", "StA"),
                    LocalDate.of(2026, 3, 1).plusWeeks(p),
                    LocalTime.of(17, 0),
                    "Vorstellung " + text(p, 6),
                    text(p + 1, 30),
                    "HELD",
                    actor,
                    null,
                    null,
                    null));
        }
        return new ConceptContent(
                ConceptContent.SCHEMA_VERSION,
                false,
                new EditionPart(id("edition", 0), "Probelauf", "ADOPTED", LocalDate.of(2026, 1, 1), "Zum Aufwärmen."),
                Instant.EPOCH,
                new AreaPart(
                        id("area", 0),
                        "probelauf",
                        "Probelauf",
                        "Stadt",
                        "Sozialer Zusammenhalt",
                        2020,
                        2030,
                        new BigDecimal("10.5"),
                        1000,
                        budget,
                        text(1, 40),
                        text(2, 80) + "\n\n" + text(3, 80)),
                fields,
                needs,
                measures,
                presentations);
    }

    /** German-looking text of {@code words} words, varied by {@code seed}. */
    private static String text(int seed, int words) {
        StringBuilder text = new StringBuilder();
        for (int k = 1; k <= words; k++) {
            text.append(k == 1 ? "" : " ").append(WORDS[Math.floorMod(seed * 7919 + k * 104729 + k * k, WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static UUID id(String kind, int n) {
        return new UUID(kind.hashCode(), n);
    }
}
