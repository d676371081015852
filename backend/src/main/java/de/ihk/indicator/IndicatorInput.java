package de.ihk.indicator;

import de.ihk.common.PublicationStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** An indicator as written; values and targets replace the ones it had. */
public record IndicatorInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20000) String description,
        @Size(max = 50) String unit,
        IndicatorValueType valueType,
        @NotNull IndicatorDirection direction,
        @Size(max = 500) String source,
        SpatialLevel spatialLevel,
        @Valid IndicatorValueDto baseline,
        @Size(max = 100) List<@NotNull @Valid IndicatorTargetDto> targets,
        @Size(max = 1000) List<@NotNull @Valid IndicatorValueDto> values,
        @Size(max = 50) List<@NotNull UUID> actionFieldIds,
        @Size(max = 200) List<@NotNull UUID> needIds,
        @Size(max = 200) List<@NotNull UUID> measureIds,
        PublicationStatus publicationStatus) {}
