package de.ihk.concept;

import de.ihk.common.Money;
import de.ihk.edition.Edition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The published concept of an area as one document: what an adopted edition keeps frozen (stored as JSON, see
 * {@link ConceptSnapshots}) and what a preparing edition shows live. {@code schemaVersion} names the shape, so that a
 * snapshot taken today stays readable after later migrations; raise it (and read the old one) when the shape changes.
 * References between parts are ids; actors, target groups and committees are embedded as they were named then.
 */
public record ConceptContent(
        int schemaVersion,
        boolean live,
        EditionPart edition,
        Instant capturedAt,
        AreaPart area,
        List<ActionFieldPart> actionFields,
        List<NeedPart> needs,
        List<MeasurePart> measures,
        List<PresentationPart> presentations) {

    public static final int SCHEMA_VERSION = 1;

    /** The same concept, shown as part of {@code edition} as it is now. */
    public ConceptContent of(Edition e) {
        return new ConceptContent(
                schemaVersion,
                live,
                new EditionPart(e.id, e.label, e.status.name(), e.adoptedOn, e.summary),
                capturedAt,
                area,
                actionFields,
                needs,
                measures,
                presentations);
    }

    public record EditionPart(UUID id, String label, String status, LocalDate adoptedOn, String summary) {}

    public record AreaPart(
            UUID id,
            String slug,
            String name,
            String municipality,
            String programme,
            Integer fundingStart,
            Integer fundingEnd,
            BigDecimal sizeHectares,
            Integer inhabitants,
            Money budget,
            String summary,
            String description) {}

    public record ActionFieldPart(
            UUID id, String code, String title, String description, String goal, int position, String color) {}

    public record NeedPart(
            UUID id,
            UUID actionFieldId,
            String code,
            String title,
            String description,
            String evidence,
            String priority,
            List<TargetGroupPart> targetGroups,
            List<UUID> measureIds) {}

    public record MeasurePart(
            UUID id,
            UUID actionFieldId,
            List<UUID> furtherActionFieldIds,
            String code,
            String title,
            String summary,
            String description,
            String status,
            String priority,
            int progress,
            LocalDate startDate,
            LocalDate endDate,
            ActorPart leadActor,
            List<ActorPart> partnerActors,
            List<TargetGroupPart> targetGroups,
            String location,
            Money budget,
            String fundingSource,
            List<UUID> needIds,
            List<LinkPart> links,
            List<StepPart> steps) {}

    public record StepPart(
            UUID id, String title, String description, LocalDate dueDate, String status, ActorPart responsibleActor) {}

    public record ActorPart(UUID id, String name, String kind) {}

    public record TargetGroupPart(String code, String labelDe, String labelEn) {}

    public record LinkPart(String label, String url) {}

    public record CommitteePart(UUID id, String name, String shortName) {}

    public record PresentationPart(
            UUID id,
            CommitteePart committee,
            LocalDate date,
            LocalTime time,
            String title,
            String description,
            String status,
            ActorPart presenter,
            String meetingUrl,
            String agendaItemUrl,
            String paperUrl) {}
}
