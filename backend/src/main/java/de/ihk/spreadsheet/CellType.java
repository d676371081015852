package de.ihk.spreadsheet;

/** What a column holds, which decides how it is written (and read back). */
public enum CellType {
    /** Free text, written as a string cell. */
    TEXT,
    /** A whole number (version, position). */
    INTEGER,
    /** A number with decimals (an area's size). */
    DECIMAL,
    /** A calendar date: an XLSX date cell, ISO yyyy-mm-dd in CSV. */
    DATE,
    /** A point in time: an XLSX date-time cell, ISO 8601 in CSV. */
    TIMESTAMP,
    /** Progress 0–100: an XLSX number 0..1 with percent format, an integer 0–100 in CSV. */
    PERCENT,
    /** An amount of money: an XLSX number with currency format, a plain decimal in CSV. */
    MONEY
}
