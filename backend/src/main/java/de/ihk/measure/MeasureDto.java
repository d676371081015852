package de.ihk.measure;

import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.actor.ActorSummary;
import de.ihk.common.GeoJson;
import de.ihk.common.Money;
import de.ihk.common.Priority;
import de.ihk.common.PublicationStatus;
import de.ihk.common.Publishable;
import de.ihk.common.Versioned;
import de.ihk.need.NeedSummary;
import de.ihk.targetgroup.TargetGroupSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record MeasureDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String code,
        String title,
        String summary,
        String easyLanguageSummary,
        String description,
        ActionFieldSummary actionField,
        List<ActionFieldSummary> furtherActionFields,
        List<NeedSummary> needs,
        MeasureStatus status,
        Priority priority,
        int progress,
        LocalDate startDate,
        LocalDate endDate,
        ActorSummary leadActor,
        List<ActorSummary> partnerActors,
        List<TargetGroupSummary> targetGroups,
        String location,
        JsonNode locationGeometry,
        boolean locationApproximate,
        Money budget,
        String fundingSource,
        List<LinkDto> links,
        List<StepSummary> steps,
        PublicationStatus publicationStatus)
        implements Versioned {

    /** @param drafts whether the reader sees drafts (else only public needs and action fields are listed, and the public version) */
    static MeasureDto of(Measure m, boolean drafts) {
        return new MeasureDto(
                m.id,
                m.versionFor(drafts),
                m.createdAt,
                m.updatedAt,
                m.code,
                m.title,
                m.summary,
                m.easyLanguageSummary,
                m.description,
                ActionFieldSummary.of(m.actionField),
                ActionFieldSummary.of(Publishable.visible(m.furtherActionFields, drafts)),
                NeedSummary.of(Publishable.visible(m.needs, drafts)),
                m.status,
                m.priority,
                m.progress,
                m.startDate,
                m.endDate,
                ActorSummary.of(m.leadActor),
                ActorSummary.of(m.partnerActors),
                TargetGroupSummary.of(m.targetGroups),
                m.location,
                GeoJson.parse(m.locationGeometry),
                m.locationApproximate,
                Money.of(m.budgetAmount, m.budgetCurrency),
                m.fundingSource,
                m.links.stream().map(l -> new LinkDto(l.label, l.url)).toList(),
                m.steps.stream().map(StepSummary::of).toList(),
                m.publicationStatus);
    }
}
