package de.ihk.concept;

import de.ihk.actionfield.ActionField;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.common.Money;
import de.ihk.common.PublicationStatus;
import de.ihk.concept.ConceptContent.ActionFieldPart;
import de.ihk.concept.ConceptContent.ActorPart;
import de.ihk.concept.ConceptContent.AreaPart;
import de.ihk.concept.ConceptContent.CommitteePart;
import de.ihk.concept.ConceptContent.LinkPart;
import de.ihk.concept.ConceptContent.MeasurePart;
import de.ihk.concept.ConceptContent.NeedPart;
import de.ihk.concept.ConceptContent.PresentationPart;
import de.ihk.concept.ConceptContent.StepPart;
import de.ihk.concept.ConceptContent.TargetGroupPart;
import de.ihk.edition.Edition;
import de.ihk.measure.Measure;
import de.ihk.need.Need;
import de.ihk.presentation.Presentation;
import de.ihk.targetgroup.TargetGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the published concept of an area as it is now: only what readers without draft rights see (published action
 * fields, and the needs and measures published in them, with their links to one another where both ends are public;
 * the published presentations of the edition). Drafts never enter it. A fixed number of queries; collections are batch
 * fetched.
 */
@ApplicationScoped
public class ConceptReader {

    private static final PublicationStatus PUBLISHED = PublicationStatus.PUBLISHED;
    private static final String PRESENTATION_ORDER = " ORDER BY p.date, p.time NULLS FIRST, p.id";

    @Inject
    EntityManager em;

    /** The live concept of the edition's area; {@code capturedAt} is set when it is frozen. */
    public ConceptContent live(Edition edition, Instant capturedAt) {
        List<Presentation> presentations = em.createQuery(
                        "SELECT p FROM Presentation p JOIN FETCH p.committee LEFT JOIN FETCH p.presenter"
                                + " WHERE p.edition = :edition AND p.publicationStatus = :published"
                                + PRESENTATION_ORDER,
                        Presentation.class)
                .setParameter("edition", edition)
                .setParameter("published", PUBLISHED)
                .getResultList();
        return read(edition.area, presentations, capturedAt).of(edition);
    }

    /**
     * The published concept of the area as it is now, with all its published presentations (not only those of one
     * edition); it belongs to no edition.
     */
    public ConceptContent published(Area area) {
        List<Presentation> presentations = em.createQuery(
                        "SELECT p FROM Presentation p JOIN FETCH p.committee LEFT JOIN FETCH p.presenter"
                                + " WHERE p.area = :area AND p.publicationStatus = :published"
                                + PRESENTATION_ORDER,
                        Presentation.class)
                .setParameter("area", area)
                .setParameter("published", PUBLISHED)
                .getResultList();
        return read(area, presentations, null);
    }

    private ConceptContent read(Area area, List<Presentation> presentations, Instant capturedAt) {
        List<ActionField> fields = em.createQuery(
                        "SELECT f FROM ActionField f WHERE f.area = :area AND f.publicationStatus = :published"
                                + " ORDER BY f.position, f.code",
                        ActionField.class)
                .setParameter("area", area)
                .setParameter("published", PUBLISHED)
                .getResultList();
        List<Need> needs = em.createQuery(
                        "SELECT n FROM Need n JOIN FETCH n.actionField f WHERE n.area = :area"
                                + " AND n.publicationStatus = :published AND f.publicationStatus = :published"
                                + " ORDER BY f.position, f.code, n.code",
                        Need.class)
                .setParameter("area", area)
                .setParameter("published", PUBLISHED)
                .getResultList();
        List<Measure> measures = em.createQuery(
                        "SELECT m FROM Measure m JOIN FETCH m.actionField f LEFT JOIN FETCH m.leadActor"
                                + " WHERE m.area = :area AND m.publicationStatus = :published"
                                + " AND f.publicationStatus = :published ORDER BY f.position, f.code, m.code",
                        Measure.class)
                .setParameter("area", area)
                .setParameter("published", PUBLISHED)
                .getResultList();

        Set<UUID> publicFields = ids(fields.stream().map(f -> f.id).toList());
        Set<UUID> publicNeeds = ids(needs.stream().map(n -> n.id).toList());
        Map<UUID, List<UUID>> measuresOfNeed = new HashMap<>();
        List<MeasurePart> measureParts = new ArrayList<>();
        for (Measure m : measures) {
            List<UUID> needIds = m.needs.stream()
                    .filter(n -> publicNeeds.contains(n.id))
                    .sorted(Comparator.comparing((Need n) -> n.code))
                    .map(n -> n.id)
                    .toList();
            needIds.forEach(n ->
                    measuresOfNeed.computeIfAbsent(n, k -> new ArrayList<>()).add(m.id));
            measureParts.add(measure(m, needIds, publicFields));
        }
        List<NeedPart> needParts = needs.stream()
                .map(n -> new NeedPart(
                        n.id,
                        n.actionField.id,
                        n.code,
                        n.title,
                        n.description,
                        n.evidence,
                        Objects.toString(n.priority, null),
                        targetGroups(n.targetGroups),
                        measuresOfNeed.getOrDefault(n.id, List.of())))
                .toList();
        return new ConceptContent(
                ConceptContent.SCHEMA_VERSION,
                capturedAt == null,
                null,
                capturedAt,
                area(area),
                fields.stream().map(ConceptReader::field).toList(),
                needParts,
                measureParts,
                presentations.stream().map(ConceptReader::presentation).toList());
    }

    private static AreaPart area(Area a) {
        return new AreaPart(
                a.id,
                a.slug,
                a.name,
                a.municipality,
                a.programme,
                a.fundingStart,
                a.fundingEnd,
                a.sizeHectares,
                a.inhabitants,
                Money.of(a.budgetAmount, "EUR"),
                a.summary,
                a.description);
    }

    private static ActionFieldPart field(ActionField f) {
        return new ActionFieldPart(f.id, f.code, f.title, f.description, f.goal, f.position, f.color);
    }

    private static MeasurePart measure(Measure m, List<UUID> needIds, Set<UUID> publicFields) {
        return new MeasurePart(
                m.id,
                m.actionField.id,
                m.furtherActionFields.stream()
                        .filter(f -> publicFields.contains(f.id))
                        .sorted(Comparator.comparingInt((ActionField f) -> f.position)
                                .thenComparing(f -> f.code))
                        .map(f -> f.id)
                        .toList(),
                m.code,
                m.title,
                m.summary,
                m.description,
                Objects.toString(m.status, null),
                Objects.toString(m.priority, null),
                m.progress,
                m.startDate,
                m.endDate,
                actor(m.leadActor),
                m.partnerActors.stream()
                        .sorted(Comparator.comparing((Actor a) -> a.name))
                        .map(ConceptReader::actor)
                        .toList(),
                targetGroups(m.targetGroups),
                m.location,
                Money.of(m.budgetAmount, m.budgetCurrency),
                m.fundingSource,
                needIds,
                m.links.stream().map(l -> new LinkPart(l.label, l.url)).toList(),
                m.steps.stream()
                        .map(s -> new StepPart(
                                s.id,
                                s.title,
                                s.description,
                                s.dueDate,
                                Objects.toString(s.status, null),
                                actor(s.responsibleActor)))
                        .toList());
    }

    private static PresentationPart presentation(Presentation p) {
        return new PresentationPart(
                p.id,
                new CommitteePart(p.committee.id, p.committee.name, p.committee.shortName),
                p.date,
                p.time,
                p.title,
                p.description,
                Objects.toString(p.status, null),
                actor(p.presenter),
                p.meetingUrl,
                p.agendaItemUrl,
                p.paperUrl);
    }

    private static ActorPart actor(Actor a) {
        return a == null ? null : new ActorPart(a.id, a.name, Objects.toString(a.kind, null));
    }

    private static List<TargetGroupPart> targetGroups(Collection<TargetGroup> groups) {
        return groups.stream()
                .sorted(Comparator.comparing((TargetGroup g) -> g.code))
                .map(g -> new TargetGroupPart(g.code, g.labelDe, g.labelEn))
                .toList();
    }

    private static Set<UUID> ids(List<UUID> ids) {
        return new LinkedHashSet<>(ids);
    }
}
