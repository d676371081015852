package de.ihk.spreadsheet;

import java.util.Locale;

/**
 * One column of a spreadsheet layout: a stable key, its German (default) and English header, and what it holds.
 */
public record SheetColumn(String key, String german, String english, CellType type) {

    public SheetColumn(String key, String german, String english) {
        this(key, german, english, CellType.TEXT);
    }

    public String header(SheetLanguage language) {
        return language == SheetLanguage.EN ? english : german;
    }

    /** Whether a header cell names this column, in either language (trimmed, case-insensitive). */
    public boolean matches(String header) {
        if (header == null) {
            return false;
        }
        String wanted = normalise(header);
        return wanted.equals(normalise(german)) || wanted.equals(normalise(english));
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
