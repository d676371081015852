package de.ihk.measure;

import de.ihk.actor.ActorSummary;
import de.ihk.common.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ActionStepDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        UUID measureId,
        String title,
        String description,
        LocalDate dueDate,
        StepStatus status,
        ActorSummary responsibleActor,
        int position)
        implements Versioned {

    static ActionStepDto of(ActionStep s) {
        return new ActionStepDto(
                s.id,
                s.version,
                s.createdAt,
                s.updatedAt,
                s.measure.id,
                s.title,
                s.description,
                s.dueDate,
                s.status,
                ActorSummary.of(s.responsibleActor),
                s.position);
    }
}
