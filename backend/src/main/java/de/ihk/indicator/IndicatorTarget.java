package de.ihk.indicator;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A target of an indicator: the value it should reach by the end of a year. */
@Embeddable
public class IndicatorTarget {

    public int year;
    public BigDecimal value;
    public String note;
}
