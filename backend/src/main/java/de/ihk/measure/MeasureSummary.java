package de.ihk.measure;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** How needs, presentations and steps show a measure. */
public record MeasureSummary(UUID id, String code, String title, MeasureStatus status) {

    public static MeasureSummary of(Measure m) {
        return new MeasureSummary(m.id, m.code, m.title, m.status);
    }

    public static List<MeasureSummary> of(Collection<Measure> measures) {
        return measures.stream()
                .sorted(Comparator.comparing(m -> m.code))
                .map(MeasureSummary::of)
                .toList();
    }
}
