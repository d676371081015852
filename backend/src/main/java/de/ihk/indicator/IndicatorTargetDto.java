package de.ihk.indicator;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A target of an indicator as read and written: the value to reach by the end of the year. */
public record IndicatorTargetDto(
        @NotNull @Min(1900) @Max(2100) Integer year,
        @NotNull @Digits(integer = 14, fraction = 6) BigDecimal value,
        @Size(max = 500) String note) {

    static IndicatorTargetDto of(IndicatorTarget t) {
        return new IndicatorTargetDto(t.year, Numbers.plain(t.value), t.note);
    }
}
