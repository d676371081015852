package de.ihk.common;

public enum Priority {
    HIGH,
    MEDIUM,
    LOW;

    /** SQL expression ordering a priority column from HIGH to LOW, for sorting. */
    public static String sortExpression(String column) {
        return "CASE " + column + " WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END";
    }
}
