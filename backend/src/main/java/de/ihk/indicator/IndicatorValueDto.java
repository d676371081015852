package de.ihk.indicator;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value of an indicator, or its baseline, as read and written: for a year or for a date (exactly one of them), the
 * value, and optionally the value for the whole city, a note and a source.
 */
public record IndicatorValueDto(
        @Min(1900) @Max(2100) Integer year,
        LocalDate date,
        @NotNull @Digits(integer = 14, fraction = 6) BigDecimal value,
        @Digits(integer = 14, fraction = 6) BigDecimal cityValue,
        @Size(max = 500) String note,
        @Size(max = 500) String source) {

    /** What the value is for: its year, or its date; null when it has neither. */
    public Object period() {
        return year != null ? year : date;
    }

    public static IndicatorValueDto of(IndicatorValue v) {
        return v == null
                ? null
                : new IndicatorValueDto(
                        v.year, v.date, Numbers.plain(v.value), Numbers.plain(v.cityValue), v.note, v.source);
    }
}
