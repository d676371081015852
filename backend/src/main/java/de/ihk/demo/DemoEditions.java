package de.ihk.demo;

import de.ihk.concept.ConceptContent;
import de.ihk.concept.ConceptContent.MeasurePart;
import de.ihk.concept.ConceptContent.NeedPart;
import de.ihk.concept.ConceptContent.StepPart;
import de.ihk.concept.ConceptReader;
import de.ihk.concept.ConceptSnapshots;
import de.ihk.edition.Edition;
import de.ihk.edition.EditionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Adopts the demo's "IHK 2022" of Schinkel with a snapshot of the concept as it stood in June 2022, so that comparing
 * it with the preparing "Fortschreibung 2027" (demo-data.sql) shows real differences. The full text of the IHK 2022 was
 * not available, so its state is derived from today's demo data under these assumptions:
 *
 * <ul>
 *   <li>adopted on 29.06.2022, the day of its second committee presentation;
 *   <li>a measure belonged to it when it started before July 2022, or, without a start date, when it was presented to a
 *       committee by 29.06.2022;
 *   <li>measures that ended after that day were "in Umsetzung" then (also those made permanent since), at half of
 *       today's progress; steps due after that day were still open;
 *   <li>all needs (they carry no date) and the presentations up to that day.
 * </ul>
 */
@ApplicationScoped
public class DemoEditions {

    static final UUID IHK_2022 = UUID.fromString("00000000-0000-4000-8000-000000005001");
    static final LocalDate ADOPTED_ON = LocalDate.of(2022, 6, 29);
    private static final LocalDate MID_2022 = LocalDate.of(2022, 7, 1);

    @Inject
    EntityManager em;

    @Inject
    ConceptReader reader;

    @Inject
    ConceptSnapshots snapshots;

    @Transactional
    public void adopt() {
        Edition edition = em.find(Edition.class, IHK_2022);
        if (edition == null || edition.isAdopted()) {
            return;
        }
        ConceptContent now = reader.live(edition, ADOPTED_ON.atTime(18, 0).toInstant(ZoneOffset.UTC));
        Set<UUID> presented = presentedBy(ADOPTED_ON);
        List<MeasurePart> measures = now.measures().stream()
                .filter(m -> m.startDate() != null ? m.startDate().isBefore(MID_2022) : presented.contains(m.id()))
                .map(DemoEditions::asIn2022)
                .toList();
        Set<UUID> kept = new HashSet<>(measures.stream().map(MeasurePart::id).toList());
        List<NeedPart> needs = now.needs().stream()
                .map(n -> new NeedPart(
                        n.id(),
                        n.actionFieldId(),
                        n.code(),
                        n.title(),
                        n.description(),
                        n.evidence(),
                        n.priority(),
                        n.targetGroups(),
                        n.measureIds().stream().filter(kept::contains).toList()))
                .toList();
        edition.status = EditionStatus.ADOPTED;
        edition.adoptedOn = ADOPTED_ON;
        ConceptContent then = new ConceptContent(
                        now.schemaVersion(),
                        false,
                        now.edition(),
                        now.capturedAt(),
                        now.area(),
                        now.actionFields(),
                        needs,
                        measures,
                        now.presentations().stream()
                                .filter(p -> !p.date().isAfter(ADOPTED_ON))
                                .toList())
                .of(edition);
        em.flush();
        snapshots.store(edition, then);
    }

    private static MeasurePart asIn2022(MeasurePart m) {
        boolean running = m.endDate() == null || m.endDate().isAfter(ADOPTED_ON);
        boolean finished = "COMPLETED".equals(m.status()) && !running;
        boolean changes = running && ("COMPLETED".equals(m.status()) || "ONGOING".equals(m.status()));
        String status = changes ? "IN_PROGRESS" : m.status();
        int progress = finished ? m.progress() : m.progress() / 2;
        List<StepPart> steps = m.steps().stream()
                .map(s -> s.dueDate() != null && s.dueDate().isAfter(ADOPTED_ON)
                        ? new StepPart(s.id(), s.title(), s.description(), s.dueDate(), "OPEN", s.responsibleActor())
                        : s)
                .toList();
        return new MeasurePart(
                m.id(),
                m.actionFieldId(),
                m.furtherActionFieldIds(),
                m.code(),
                m.title(),
                m.summary(),
                m.description(),
                status,
                m.priority(),
                progress,
                m.startDate(),
                m.endDate(),
                m.leadActor(),
                m.partnerActors(),
                m.targetGroups(),
                m.location(),
                m.budget(),
                m.fundingSource(),
                m.needIds(),
                m.links(),
                steps);
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> presentedBy(LocalDate day) {
        return new HashSet<>(
                em.createNativeQuery("""
                SELECT pm.measure_id FROM presentation_measure pm JOIN presentation p ON p.id = pm.presentation_id
                WHERE p.date <= :day""", UUID.class).setParameter("day", day).getResultList());
    }
}
