package de.ihk.measure;

import de.ihk.actor.ActorSummary;
import de.ihk.common.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action step as the area's step list shows it: with the measure it belongs to. */
public record AreaStepDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        MeasureSummary measure,
        String title,
        String description,
        LocalDate dueDate,
        StepStatus status,
        ActorSummary responsibleActor,
        int position)
        implements Versioned {

    static AreaStepDto of(ActionStep s) {
        return new AreaStepDto(
                s.id,
                s.version,
                s.createdAt,
                s.updatedAt,
                MeasureSummary.of(s.measure),
                s.title,
                s.description,
                s.dueDate,
                s.status,
                ActorSummary.of(s.responsibleActor),
                s.position);
    }
}
