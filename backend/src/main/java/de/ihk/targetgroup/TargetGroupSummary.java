package de.ihk.targetgroup;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** How other records show the target groups they name. */
public record TargetGroupSummary(String code, String labelDe, String labelEn) {

    public static TargetGroupSummary of(TargetGroup t) {
        return new TargetGroupSummary(t.code, t.labelDe, t.labelEn);
    }

    public static List<TargetGroupSummary> of(Collection<TargetGroup> groups) {
        return groups.stream()
                .sorted(Comparator.comparing(t -> t.code))
                .map(TargetGroupSummary::of)
                .toList();
    }
}
