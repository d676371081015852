package de.ihk.measure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.common.Codes;
import de.ihk.common.Money;
import de.ihk.common.Priority;
import de.ihk.common.PublicationStatus;
import de.ihk.common.RangeInOrder;
import de.ihk.common.Ranged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RangeInOrder
public record MeasureInput(
        @NotBlank @Size(max = 20) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String summary,
        @Size(max = 2000) String easyLanguageSummary,
        @Size(max = 20000) String description,
        @NotNull UUID actionFieldId,
        @Size(max = 50) List<@NotNull UUID> furtherActionFieldIds,
        @Size(max = 200) List<@NotNull UUID> needIds,
        @NotNull MeasureStatus status,
        @NotNull Priority priority,
        @Min(0) @Max(100) Integer progress,
        LocalDate startDate,
        LocalDate endDate,
        UUID leadActorId,
        @Size(max = 100) List<@NotNull UUID> partnerActorIds,
        @Size(max = 50) List<@NotNull String> targetGroups,
        @Size(max = 500) String location,
        JsonNode locationGeometry,
        Boolean locationApproximate,
        @Valid Money budget,
        @Size(max = 500) String fundingSource,
        @Size(max = 20) List<@NotNull @Valid LinkDto> links,
        PublicationStatus publicationStatus)
        implements Ranged<LocalDate> {

    @JsonIgnore
    @Override
    public LocalDate rangeStart() {
        return startDate;
    }

    @JsonIgnore
    @Override
    public LocalDate rangeEnd() {
        return endDate;
    }

    @Override
    public String rangeStartField() {
        return "startDate";
    }

    @Override
    public String rangeEndField() {
        return "endDate";
    }
}
