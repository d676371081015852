package de.ihk.need;

import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.common.Priority;
import de.ihk.common.Versioned;
import de.ihk.measure.MeasureSummary;
import de.ihk.targetgroup.TargetGroupSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record NeedDto(UUID id, long version, Instant createdAt, Instant updatedAt, ActionFieldSummary actionField,
                      String code, String title, String description, String evidence, Priority priority,
                      List<TargetGroupSummary> targetGroups, List<MeasureSummary> measures) implements Versioned {

    static NeedDto of(Need n) {
        return new NeedDto(n.id, n.version, n.createdAt, n.updatedAt, ActionFieldSummary.of(n.actionField), n.code, n.title,
                n.description, n.evidence, n.priority, TargetGroupSummary.of(n.targetGroups), MeasureSummary.of(n.measures));
    }
}
