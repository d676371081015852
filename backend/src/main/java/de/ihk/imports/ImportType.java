package de.ihk.imports;

import de.ihk.common.ApiException;
import de.ihk.spreadsheet.SheetLayout;
import de.ihk.spreadsheet.SheetLayouts;
import java.util.Locale;

/** What an upload holds: measures, needs or the action steps of an area, each in its spreadsheet layout. */
public enum ImportType {
    MEASURES,
    NEEDS,
    STEPS;

    SheetLayout layout() {
        return switch (this) {
            case MEASURES -> SheetLayouts.MEASURES;
            case NEEDS -> SheetLayouts.NEEDS;
            case STEPS -> SheetLayouts.STEPS;
        };
    }

    static ImportType fromParam(String type) {
        if (type == null || type.isBlank()) {
            throw ApiException.invalid("type", "Required: measures, needs or steps.");
        }
        try {
            return valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("type", "Must be measures, needs or steps.");
        }
    }
}
