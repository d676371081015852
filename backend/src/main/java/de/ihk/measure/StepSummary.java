package de.ihk.measure;

import java.time.LocalDate;
import java.util.UUID;

/** How a measure shows its action steps. */
public record StepSummary(UUID id, String title, LocalDate dueDate, StepStatus status, int position) {

    static StepSummary of(ActionStep s) {
        return new StepSummary(s.id, s.title, s.dueDate, s.status, s.position);
    }
}
