package de.ihk.spreadsheet;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * An ordered list of columns: the shape of one list as a spreadsheet, shared by export and import. {@code name} is a
 * stable key (e.g. {@code measures}); the titles name the sheet (and the downloaded file) in German and English.
 */
public record SheetLayout(String name, String germanTitle, String englishTitle, List<SheetColumn> columns) {

    public SheetLayout {
        columns = List.copyOf(columns);
    }

    public static SheetLayout of(String name, String germanTitle, String englishTitle, SheetColumn... columns) {
        return new SheetLayout(name, germanTitle, englishTitle, List.of(columns));
    }

    public String title(SheetLanguage language) {
        return language == SheetLanguage.EN ? englishTitle : germanTitle;
    }

    /** The column a header cell names, in either language; empty for a column this layout does not know. */
    public Optional<SheetColumn> find(String header) {
        return columns.stream().filter(column -> column.matches(header)).findFirst();
    }

    /** The column with this key. */
    public SheetColumn column(String key) {
        return columns.stream()
                .filter(column -> column.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No column '" + key + "' in layout " + name));
    }

    public List<String> headers(SheetLanguage language) {
        return columns.stream().map(column -> column.header(language)).toList();
    }

    public int size() {
        return columns.size();
    }
}
