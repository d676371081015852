package de.ihk.measure;

import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.actor.ActorSummary;
import de.ihk.common.Money;
import de.ihk.common.Priority;
import de.ihk.common.Versioned;
import de.ihk.need.NeedSummary;
import de.ihk.targetgroup.TargetGroupSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record MeasureDto(UUID id, long version, Instant createdAt, Instant updatedAt, String code, String title,
                         String summary, String description, ActionFieldSummary actionField,
                         List<ActionFieldSummary> furtherActionFields, List<NeedSummary> needs, MeasureStatus status,
                         Priority priority, int progress, LocalDate startDate, LocalDate endDate, ActorSummary leadActor,
                         List<ActorSummary> partnerActors, List<TargetGroupSummary> targetGroups, String location,
                         Money budget, String fundingSource, List<LinkDto> links, List<StepSummary> steps) implements Versioned {

    static MeasureDto of(Measure m) {
        return new MeasureDto(m.id, m.version, m.createdAt, m.updatedAt, m.code, m.title, m.summary, m.description,
                ActionFieldSummary.of(m.actionField), ActionFieldSummary.of(m.furtherActionFields), NeedSummary.of(m.needs),
                m.status, m.priority, m.progress, m.startDate, m.endDate, ActorSummary.of(m.leadActor),
                ActorSummary.of(m.partnerActors), TargetGroupSummary.of(m.targetGroups), m.location,
                Money.of(m.budgetAmount, m.budgetCurrency), m.fundingSource,
                m.links.stream().map(l -> new LinkDto(l.label, l.url)).toList(),
                m.steps.stream().map(StepSummary::of).toList());
    }
}
