package de.ihk.imports;

import de.ihk.common.ApiException;
import de.ihk.spreadsheet.SheetLayout;
import de.ihk.spreadsheet.SheetLayouts;
import java.util.Locale;

/**
 * What an upload holds: measures, needs, the action steps or the indicator values of an area, each in its spreadsheet
 * layout.
 */
public enum ImportType {
    MEASURES,
    NEEDS,
    STEPS,
    INDICATOR_VALUES;

    SheetLayout layout() {
        return switch (this) {
            case MEASURES -> SheetLayouts.MEASURES;
            case NEEDS -> SheetLayouts.NEEDS;
            case STEPS -> SheetLayouts.STEPS;
            case INDICATOR_VALUES -> SheetLayouts.INDICATOR_VALUES;
        };
    }

    static ImportType fromParam(String type) {
        if (type == null || type.isBlank()) {
            throw ApiException.invalid("type", "Required: measures, needs, steps or indicator-values.");
        }
        try {
            return valueOf(type.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("type", "Must be measures, needs, steps or indicator-values.");
        }
    }
}
