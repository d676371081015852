package de.ihk.targetgroup;

import de.ihk.common.Versioned;
import java.time.Instant;
import java.util.UUID;

public record TargetGroupDto(
        UUID id, long version, Instant createdAt, Instant updatedAt, String code, String labelDe, String labelEn)
        implements Versioned {

    static TargetGroupDto of(TargetGroup t) {
        return new TargetGroupDto(t.id, t.version, t.createdAt, t.updatedAt, t.code, t.labelDe, t.labelEn);
    }
}
