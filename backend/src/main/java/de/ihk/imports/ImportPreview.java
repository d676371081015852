package de.ihk.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import does or did: per row whether it creates, updates or leaves a record unchanged, and every problem found,
 * with its row and column. {@code applied} is true once the rows were written.
 */
public record ImportPreview(
        ImportType type,
        boolean dryRun,
        boolean applied,
        Counts counts,
        List<Column> columns,
        List<Row> rows,
        List<Problem> problems) {

    /** How many rows create, update or leave unchanged a record, and how many problems were found. */
    public record Counts(int create, int update, int unchanged, int problems) {}

    /** A column of the file that the layout knows: its key and its header as the file spells it. */
    public record Column(String key, String header) {}

    /** What to do (or what was done) with one row of the file. */
    public enum Action {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    /**
     * One data row: its number in the spreadsheet (the header row is row 1), what it does, the record it matched (or
     * created), the columns whose values change, and the cells of the known columns as the file has them.
     */
    public record Row(
            int row,
            Action action,
            UUID id,
            UUID measureId,
            String label,
            List<String> changed,
            Map<String, String> values) {}

    /** A problem of one cell ({@code column} is a column key) or of the whole row ({@code column} null). */
    public record Problem(int row, String column, String message) {}
}
