package de.ihk.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * CSV after RFC 4180: comma-separated, CRLF line ends, fields quoted when they contain a comma, quote or line break,
 * UTF-8 with a byte order mark (so that Excel shows umlauts). Text that a spreadsheet program would take for a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
 */
final class CsvSheetWriter implements SheetWriter {

    private static final DateTimeFormatter LOCAL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Writer out;
    private final SheetLayout layout;
    private final ZoneId zone;

    CsvSheetWriter(OutputStream stream, SheetLayout layout, SheetLanguage language, ZoneId zone) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.layout = layout;
        this.zone = zone;
        out.write('\uFEFF');
        line(layout.headers(language).toArray());
    }

    @Override
    public void row(Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = text(layout.columns().get(i).type(), values[i]);
        }
        line(cells);
    }

    private void line(Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(cells[i] == null ? "" : cells[i].toString());
        }
        out.write("\r\n");
    }

    private String text(CellType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> neutralised(value.toString());
            case DATE -> ((LocalDate) value).toString();
            case TIMESTAMP ->
                LOCAL_TIMESTAMP.format(
                        ((Instant) value).truncatedTo(ChronoUnit.SECONDS).atZone(zone));
            case MONEY -> {
                BigDecimal amount = value instanceof SheetMoney money ? money.amount() : (BigDecimal) value;
                yield amount.toPlainString();
            }
            case INTEGER, PERCENT -> value.toString();
            case DECIMAL -> value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        };
    }

    /** Text a spreadsheet program would read as a formula, with an apostrophe in front (CSV injection). */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private void field(String value) throws IOException {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
