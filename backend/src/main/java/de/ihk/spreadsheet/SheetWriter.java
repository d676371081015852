package de.ihk.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

/**
 * Writes one list as a spreadsheet, row by row, to a stream: the header row first, then each row's values in the
 * layout's column order. Values are strings, numbers ({@link Number}), {@link java.time.LocalDate}s,
 * {@link java.time.Instant}s, {@link SheetMoney}s or null (an empty cell), matching the column's {@link CellType}.
 */
public interface SheetWriter extends AutoCloseable {

    void row(Object... values) throws IOException;

    /** Completes the file (for XLSX: writes the whole workbook); must be called once after the last row. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;

    static SheetWriter open(
            SheetFormat format, OutputStream out, SheetLayout layout, SheetLanguage language, ZoneId zone)
            throws IOException {
        return format == SheetFormat.CSV
                ? new CsvSheetWriter(out, layout, language, zone)
                : new XlsxSheetWriter(out, layout, language, zone);
    }
}
