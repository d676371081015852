package de.ihk.indicator;

/** Which way an indicator should move for the quarter to get better. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
