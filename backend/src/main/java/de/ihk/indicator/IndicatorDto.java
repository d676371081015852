package de.ihk.indicator;

import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.common.PublicationStatus;
import de.ihk.common.Publishable;
import de.ihk.common.Versioned;
import de.ihk.measure.MeasureSummary;
import de.ihk.need.NeedSummary;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

public record IndicatorDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        String description,
        String unit,
        IndicatorValueType valueType,
        IndicatorDirection direction,
        String source,
        SpatialLevel spatialLevel,
        IndicatorValueDto baseline,
        List<IndicatorTargetDto> targets,
        List<IndicatorValueDto> values,
        List<ActionFieldSummary> actionFields,
        List<NeedSummary> needs,
        List<MeasureSummary> measures,
        PublicationStatus publicationStatus)
        implements Versioned {

    /**
     * The indicator as a reader sees it: values in time order, targets by year, and of the linked records those the
     * reader may see.
     *
     * @param drafts whether the reader sees drafts (and so the version of every change)
     */
    static IndicatorDto of(Indicator i, boolean drafts) {
        return new IndicatorDto(
                i.id,
                i.versionFor(drafts),
                i.createdAt,
                i.updatedAt,
                i.name,
                i.description,
                i.unit,
                i.valueType,
                i.direction,
                i.source,
                i.spatialLevel,
                IndicatorValueDto.of(i.baseline),
                i.targets.stream()
                        .sorted(Comparator.comparingInt(t -> t.year))
                        .map(IndicatorTargetDto::of)
                        .toList(),
                i.values.stream()
                        .sorted(Comparator.comparing(IndicatorValue::when))
                        .map(IndicatorValueDto::of)
                        .toList(),
                ActionFieldSummary.of(Publishable.visible(i.actionFields, drafts)),
                NeedSummary.of(Publishable.visible(i.needs, drafts)),
                MeasureSummary.of(Publishable.visible(i.measures, drafts)),
                i.publicationStatus);
    }
}
