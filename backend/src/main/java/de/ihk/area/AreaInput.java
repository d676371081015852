package de.ihk.area;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.common.Money;
import de.ihk.common.PublicationStatus;
import de.ihk.common.RangeInOrder;
import de.ihk.common.Ranged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@RangeInOrder
public record AreaInput(
        @NotBlank
        @Size(min = 2, max = 100)
        @Pattern(
                regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message =
                        "Must be lower-case letters and digits, words joined by single hyphens, e.g. schinkel or nordviertel-ost.")
        String slug,

        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String municipality,
        @NotBlank @Size(max = 200) String programme,
        @Min(1900) @Max(2100) Integer fundingStart,
        @Min(1900) @Max(2100) Integer fundingEnd,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal sizeHectares,
        @Min(0) Integer inhabitants,
        @Valid Money budget,
        @Size(max = 2000) String summary,
        @Size(max = 2000) String easyLanguageSummary,
        @Size(max = 20000) String description,
        @Min(0) @Max(10000) Integer position,
        JsonNode boundary,
        Boolean boundaryApproximate,
        PublicationStatus publicationStatus)
        implements Ranged<Integer> {

    @JsonIgnore
    @Override
    public Integer rangeStart() {
        return fundingStart;
    }

    @JsonIgnore
    @Override
    public Integer rangeEnd() {
        return fundingEnd;
    }

    @Override
    public String rangeStartField() {
        return "fundingStart";
    }

    @Override
    public String rangeEndField() {
        return "fundingEnd";
    }
}
