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
import java.util.List;
import java.util.UUID;

/**
 * A small concept with one of every part, rendered once a while after the start: the first real PDF then finds the
 * renderer's classes loaded, its fonts read and its code compiled, and takes about half the time it would otherwise.
 */
final class PdfWarmUp {

    private PdfWarmUp() {}

    static byte[] render() {
        return ConceptPdf.render(concept());
    }

    static ConceptContent concept() {
        UUID field = id(1);
        UUID need = id(2);
        UUID measure = id(3);
        ActorPart actor = new ActorPart(id(4), "Quartiersmanagement", "ORGANISATION");
        TargetGroupPart youth = new TargetGroupPart("YOUTH", "Jugendliche", "Young people");
        Money budget = Money.of(new BigDecimal("15000.00"), "EUR");
        return new ConceptContent(
                ConceptContent.SCHEMA_VERSION,
                false,
                new EditionPart(id(5), "Probelauf", "ADOPTED", LocalDate.of(2026, 1, 1), "Zum Aufwärmen."),
                Instant.EPOCH,
                new AreaPart(
                        id(6),
                        "probelauf",
                        "Probelauf",
                        "Stadt",
                        "Sozialer Zusammenhalt",
                        2020,
                        2030,
                        new BigDecimal("10.5"),
                        1000,
                        budget,
                        "Kurzbeschreibung.",
                        "Beschreibung mit **Hervorhebung** und einer Liste:\n\n- eins\n- zwei"),
                List.of(new ActionFieldPart(field, "HF", "Handlungsfeld", "Beschreibung.", "Ziel.", 0, "#336699")),
                List.of(new NeedPart(
                        need,
                        field,
                        "HF-B1",
                        "Bedarf",
                        "Beschreibung.",
                        "Herleitung.",
                        "HIGH",
                        List.of(youth),
                        List.of(measure))),
                List.of(new MeasurePart(
                        measure,
                        field,
                        List.of(),
                        "HF-01",
                        "Maßnahme",
                        "Kurzbeschreibung.",
                        "Beschreibung.",
                        "IN_PROGRESS",
                        "HIGH",
                        40,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        actor,
                        List.of(actor),
                        List.of(youth),
                        "Ort",
                        budget,
                        "Städtebauförderung",
                        List.of(need),
                        List.of(new LinkPart("Mehr dazu", "https://example.org/")),
                        List.of(new StepPart(
                                id(7), "Schritt", "Beschreibung.", LocalDate.of(2026, 6, 30), "OPEN", actor)))),
                List.of(new PresentationPart(
                        id(8),
                        new CommitteePart(id(9), "Ausschuss für Stadtentwicklung", "StA"),
                        LocalDate.of(2026, 3, 1),
                        LocalTime.of(17, 0),
                        "Vorstellung",
                        "Beschreibung.",
                        "HELD",
                        actor,
                        null,
                        null,
                        null)));
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
