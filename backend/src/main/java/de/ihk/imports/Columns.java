package de.ihk.imports;

import de.ihk.common.ApiException;
import de.ihk.spreadsheet.SheetColumn;
import de.ihk.spreadsheet.SheetLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an uploaded file that its layout knows, found by their headers in the first row (German or English,
 * trimmed, case-insensitive). Columns the layout does not know (and export-only columns) are ignored.
 */
final class Columns {

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Columns() {}

    /** Reads the header row; 400 when it names none of the layout's columns or lacks a required one. */
    static Columns of(SheetLayout layout, SheetRow header, List<SheetColumn> required, String what) {
        Columns columns = new Columns();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i).text();
            int at = i;
            layout.find(text).ifPresent(column -> {
                if (columns.index.putIfAbsent(column.key(), at) != null) {
                    duplicates.add(text.strip());
                } else {
                    columns.headers.put(column.key(), text.strip());
                }
            });
        }
        if (columns.index.isEmpty()) {
            throw ApiException.badRequest("The first row of the file must be the header row of the " + what
                    + " layout (e.g. "
                    + String.join(
                            ", ",
                            layout.headers(de.ihk.spreadsheet.SheetLanguage.DE).subList(0, Math.min(4, layout.size())))
                    + "), as an export writes it; none of its cells names a known column.");
        }
        if (!duplicates.isEmpty()) {
            throw ApiException.badRequest(
                    "The header row names a column twice: " + String.join(", ", duplicates) + ".");
        }
        List<String> missing = required.stream()
                .filter(column -> !columns.has(column))
                .map(column -> column.german() + " (" + column.english() + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("The header row lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + ", which the import needs to match the rows.");
        }
        return columns;
    }

    boolean has(SheetColumn column) {
        return index.containsKey(column.key());
    }

    SheetCell cell(SheetRow row, SheetColumn column) {
        Integer at = index.get(column.key());
        return at == null ? SheetCell.EMPTY : row.cell(at);
    }

    /** Column key → header as the file spells it. */
    Map<String, String> headers() {
        return headers;
    }

    /** The known columns in the order of the file. */
    List<ImportPreview.Column> known() {
        return headers.entrySet().stream()
                .map(e -> new ImportPreview.Column(e.getKey(), e.getValue()))
                .toList();
    }

    /** The cells of the known columns as the file shows them. */
    Map<String, String> values(SheetRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        index.forEach((key, at) -> {
            SheetCell cell = row.cell(at);
            values.put(key, RowValues.shown(cell));
        });
        return values;
    }
}
