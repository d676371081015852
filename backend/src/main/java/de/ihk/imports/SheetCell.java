package de.ihk.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as read from an uploaded file: its text, and for a typed XLSX cell its number (with whether it is formatted
 * as a percentage) or its date. A CSV cell has text only. {@code formula} marks an XLSX cell holding a formula.
 */
record SheetCell(String text, BigDecimal number, LocalDate date, boolean percent, boolean formula) {

    static final SheetCell EMPTY = new SheetCell("", null, null, false, false);

    static SheetCell text(String text) {
        return new SheetCell(text == null ? "" : text, null, null, false, false);
    }

    boolean isBlank() {
        return number == null && date == null && !formula && text.isBlank();
    }
}
