package de.ihk.indicator;

/** The territory an indicator's values describe. */
public enum SpatialLevel {
    /** The redevelopment area itself. */
    AREA,
    /** The statistical district (Stadtteil) that contains the area, where the city reports no figures for the area. */
    DISTRICT,
    /** The whole city. */
    CITY
}
