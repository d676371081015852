package de.ihk.need;

import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.common.Priority;
import de.ihk.common.PublicationStatus;
import de.ihk.common.Versioned;
import de.ihk.targetgroup.TargetGroupSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record NeedDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        ActionFieldSummary actionField,
        String code,
        String title,
        String description,
        String evidence,
        Priority priority,
        List<TargetGroupSummary> targetGroups,
        List<AnsweringMeasure> measures,
        PublicationStatus publicationStatus)
        implements Versioned {

    /**
     * @param drafts   whether the reader sees drafts (and so the version of every change)
     * @param measures the measures answering it that the reader may see
     */
    static NeedDto of(Need n, boolean drafts, List<AnsweringMeasure> measures) {
        return new NeedDto(
                n.id,
                n.versionFor(drafts),
                n.createdAt,
                n.updatedAt,
                ActionFieldSummary.of(n.actionField),
                n.code,
                n.title,
                n.description,
                n.evidence,
                n.priority,
                TargetGroupSummary.of(n.targetGroups),
                measures,
                n.publicationStatus);
    }
}
