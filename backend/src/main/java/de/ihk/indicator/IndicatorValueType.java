package de.ihk.indicator;

/** What kind of number an indicator's values are; values of another kind are refused. */
public enum IndicatorValueType {
    /** Any number (e.g. a rate per 1,000 inhabitants). */
    NUMBER,
    /** A whole number (a count, e.g. people in long-term unemployment). */
    INTEGER,
    /** A share in percent, from 0 to 100. */
    PERCENT
}
