package de.ihk.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook with one sheet, written by POI's streaming workbook: only the last {@value #WINDOW} rows are held in
 * memory, the rest go to a compressed temporary file until the workbook is written. The header row is bold, frozen
 * and carries an auto-filter; dates are date cells, money is a number with a currency format, progress a fraction
 * with a percent format, and text is always a string cell, never a formula.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int WINDOW = 100;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final SheetLayout layout;
    private final ZoneId zone;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle timestampStyle;
    private final CellStyle percentStyle;
    private final CellStyle wrapStyle;
    private final Map<String, CellStyle> moneyStyles = new HashMap<>();
    private int rows;

    XlsxSheetWriter(OutputStream out, SheetLayout layout, SheetLanguage language, ZoneId zone) {
        this.out = out;
        this.layout = layout;
        this.zone = zone;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(layout.title(language));
        boolean german = language == SheetLanguage.DE;
        this.dateStyle = style(german ? "dd.mm.yyyy" : "yyyy-mm-dd");
        this.timestampStyle = style(german ? "dd.mm.yyyy hh:mm" : "yyyy-mm-dd hh:mm");
        this.percentStyle = style("0%");
        this.wrapStyle = workbook.createCellStyle();

        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        Row header = sheet.createRow(rows++);
        for (int i = 0; i < layout.size(); i++) {
            SheetColumn column = layout.columns().get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(column.header(language));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, width(column));
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** Column widths in 1/256 of a character: fixed by kind, since measuring every cell would cost a pass. */
    private static int width(SheetColumn column) {
        int characters = switch (column.type()) {
            case DATE -> 12;
            case TIMESTAMP -> 17;
            case PERCENT, INTEGER, DECIMAL -> 10;
            case MONEY -> 14;
            case TEXT -> column.key().equals("id") || column.key().endsWith("Id") ? 38 : 24;
        };
        return Math.max(characters, column.german().length() + 4) * 256;
    }

    @Override
    public void row(Object... values) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (layout.columns().get(i).type()) {
                case TEXT -> {
                    String text = value.toString();
                    cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
                    if (text.indexOf('\n') >= 0) {
                        cell.setCellStyle(wrapStyle);
                    }
                }
                case INTEGER, DECIMAL -> cell.setCellValue(((Number) value).doubleValue());
                case PERCENT -> {
                    cell.setCellValue(((Number) value).doubleValue() / 100);
                    cell.setCellStyle(percentStyle);
                }
                case DATE -> {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(dateStyle);
                }
                case TIMESTAMP -> {
                    cell.setCellValue(((Instant) value).atZone(zone).toLocalDateTime());
                    cell.setCellStyle(timestampStyle);
                }
                case MONEY -> {
                    SheetMoney money = value instanceof SheetMoney m ? m : new SheetMoney((BigDecimal) value, "EUR");
                    cell.setCellValue(money.amount().doubleValue());
                    cell.setCellStyle(moneyStyle(money.currency()));
                }
            }
        }
    }

    private CellStyle moneyStyle(String currency) {
        return moneyStyles.computeIfAbsent(currency == null ? "EUR" : currency, code -> {
            String symbol = "EUR".equals(code) ? "€" : code;
            return style("#,##0.00 \"" + symbol + "\"");
        });
    }

    @Override
    public void finish() throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, layout.size() - 1));
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary files
    }
}
