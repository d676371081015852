package de.ihk.imports;

import de.ihk.common.ApiException;
import de.ihk.spreadsheet.SheetColumn;
import de.ihk.spreadsheet.SheetLayout;
import de.ihk.spreadsheet.SheetLayouts;
import java.util.List;
import java.util.Locale;

/**
 * What an upload holds: measures, needs, the action steps or the indicator values of an area, each in its spreadsheet
 * layout, with the column a file of it cannot do without.
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

    /** The column a file of this type cannot do without. */
    List<SheetColumn> required() {
        return List.of(
                switch (this) {
                    case MEASURES -> SheetLayouts.Measures.CODE;
                    case NEEDS -> SheetLayouts.Needs.CODE;
                    case STEPS -> SheetLayouts.Steps.MEASURE;
                    case INDICATOR_VALUES -> SheetLayouts.IndicatorValues.VALUE;
                });
    }

    /** What the rows are, for messages: "no rows of action steps". */
    String what() {
        return switch (this) {
            case MEASURES -> "measures";
            case NEEDS -> "needs";
            case STEPS -> "action steps";
            case INDICATOR_VALUES -> "indicator values";
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
