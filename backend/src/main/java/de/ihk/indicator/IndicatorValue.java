package de.ihk.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One value of an indicator (or its baseline): for a year or for a date, with the city's value for comparison. */
@Embeddable
public class IndicatorValue {

    public Integer year;
    public LocalDate date;
    public BigDecimal value;

    @Column(name = "city_value")
    public BigDecimal cityValue;

    public String note;
    public String source;

    static IndicatorValue of(IndicatorValueDto dto) {
        if (dto == null) {
            return null;
        }
        IndicatorValue v = new IndicatorValue();
        v.year = dto.year();
        v.date = dto.date();
        v.value = dto.value();
        v.cityValue = dto.cityValue();
        v.note = IndicatorService.blankToNull(dto.note());
        v.source = IndicatorService.blankToNull(dto.source());
        return v;
    }

    /** Where the value lies in time: a date, or the middle of its year; for ordering and charts. */
    LocalDate when() {
        return date != null ? date : LocalDate.of(year, 7, 1);
    }
}
