package de.ihk.spreadsheet;

import de.ihk.common.ApiException;
import java.util.Locale;

/** The language of a spreadsheet's headers and labels: German by default, English with {@code lang=en}. */
public enum SheetLanguage {
    DE,
    EN;

    /** The language a {@code lang} query parameter names; absent means German, anything but de/en is a 400. */
    public static SheetLanguage fromParam(String lang) {
        if (lang == null || lang.isBlank()) {
            return DE;
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "de" -> DE;
            case "en" -> EN;
            default -> throw ApiException.invalid("lang", "Must be \"de\" or \"en\".");
        };
    }
}
