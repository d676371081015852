package de.ihk.imports;

import java.util.List;

/** A row of an uploaded file with its number as a spreadsheet shows it (the header row is row 1). */
record SheetRow(int number, List<SheetCell> cells) {

    SheetCell cell(int index) {
        return index < cells.size() ? cells.get(index) : SheetCell.EMPTY;
    }

    boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }
}
