package de.ihk.imports;

import de.ihk.spreadsheet.SheetColumn;
import de.ihk.spreadsheet.SheetLabels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the values of one row, column by column, collecting a problem for every cell that cannot be read. Text is
 * trimmed and an empty cell is null. A text cell that a spreadsheet program would run as a formula (starting with
 * {@code =}, {@code +}, {@code -} or {@code @}) is refused, unless it starts with the apostrophe that the export puts in
 * front of such text, which is dropped; a formula in an XLSX cell is refused too.
 */
final class RowValues {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final String FORMULA_MESSAGE =
            "Formulas are not accepted. Enter the value itself, or start the text with an apostrophe (')"
                    + " if it is meant to begin with =, +, - or @.";

    private final SheetRow row;
    private final Columns columns;
    private final List<ImportPreview.Problem> problems;
    private boolean failed;

    RowValues(SheetRow row, Columns columns, List<ImportPreview.Problem> problems) {
        this.row = row;
        this.columns = columns;
        this.problems = problems;
    }

    int number() {
        return row.number();
    }

    boolean has(SheetColumn column) {
        return columns.has(column);
    }

    /** Whether a problem was found in this row. */
    boolean failed() {
        return failed;
    }

    void problem(SheetColumn column, String message) {
        failed = true;
        problems.add(new ImportPreview.Problem(row.number(), column == null ? null : column.key(), message));
    }

    /** The trimmed text of the cell; null when empty. */
    String text(SheetColumn column) {
        SheetCell cell = columns.cell(row, column);
        if (cell.formula()) {
            problem(column, FORMULA_MESSAGE);
            return null;
        }
        String text = cell.date() != null ? cell.date().toString() : cell.text();
        text = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.charAt(0) == '\'' && text.length() > 1 && isFormulaStart(text.charAt(1))) {
            return text.substring(1);
        }
        if (isFormulaStart(text.charAt(0))) {
            problem(column, FORMULA_MESSAGE);
            return null;
        }
        return text;
    }

    /** Puts the cell's text under the column's key, when the file has the column. */
    void textInto(java.util.Map<String, Object> values, SheetColumn column) {
        if (has(column)) {
            values.put(column.key(), text(column));
        }
    }

    /** The text, required: a problem when it is empty. */
    String required(SheetColumn column) {
        String text = text(column);
        if (text == null && !failedAt(column)) {
            problem(column, "Required; must not be empty.");
        }
        return text;
    }

    /** Whether a problem of this row's cell in the column was found already. */
    boolean problemsAt(SheetColumn column) {
        return failedAt(column);
    }

    private boolean failedAt(SheetColumn column) {
        return problems.stream()
                .anyMatch(p -> p.row() == row.number() && column.key().equals(p.column()));
    }

    static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t';
    }

    /** The entries of a list cell, separated by ";" (the export writes "; "), each trimmed. */
    List<String> list(SheetColumn column) {
        String text = text(column);
        if (text == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String entry : text.split(";", -1)) {
            String trimmed = entry.strip();
            if (!trimmed.isEmpty()) {
                entries.add(trimmed);
            }
        }
        return entries;
    }

    /** A whole number (a plain negative number is a number, not a formula). */
    Integer integer(SheetColumn column) {
        SheetCell cell = columns.cell(row, column);
        if (cell.formula()) {
            problem(column, FORMULA_MESSAGE);
            return null;
        }
        if (cell.number() != null) {
            try {
                return cell.number().intValueExact();
            } catch (ArithmeticException e) {
                problem(column, "Must be a whole number.");
                return null;
            }
        }
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!INTEGER.matcher(text).matches()) {
            problem(column, "Must be a whole number, e.g. 3.");
            return null;
        }
        return Integer.valueOf(text);
    }

    /**
     * Progress 0–100: an XLSX cell formatted as a percentage holds 0..1; other cells and CSV hold the percentage,
     * written "40", "40 %" or "40%".
     */
    Integer percent(SheetColumn column) {
        SheetCell cell = columns.cell(row, column);
        if (cell.formula()) {
            problem(column, FORMULA_MESSAGE);
            return null;
        }
        BigDecimal value;
        if (cell.number() != null) {
            value = cell.percent() ? cell.number().multiply(HUNDRED) : cell.number();
            value = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        } else {
            String text = cell.text().strip();
            if (text.isEmpty()) {
                return null;
            }
            var matcher = PERCENT.matcher(text);
            if (!matcher.matches()) {
                problem(column, "Must be a whole percentage from 0 to 100, e.g. 40 or 40 %.");
                return null;
            }
            value = new BigDecimal(matcher.group(1));
        }
        if (value.scale() > 0 || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problem(column, "Must be a whole percentage from 0 to 100, e.g. 40 or 40 %.");
            return null;
        }
        return value.intValue();
    }

    /** A date: an XLSX date cell, or text as yyyy-mm-dd or dd.mm.yyyy. */
    LocalDate date(SheetColumn column) {
        SheetCell cell = columns.cell(row, column);
        if (cell.formula()) {
            problem(column, FORMULA_MESSAGE);
            return null;
        }
        if (cell.date() != null) {
            return cell.date();
        }
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(column, "Must be a date, written 2026-03-31 or 31.03.2026.");
            return null;
        }
    }

    /** An amount of money: a number cell, or text such as 15000.00, 15000,00 or 15.000,00. */
    BigDecimal money(SheetColumn column) {
        String example = "15000.00";
        BigDecimal amount = number(column, "an amount of money", example, "€", "EUR");
        if (amount == null) {
            return null;
        }
        if (amount.scale() > 2 && columns.cell(row, column).number() == null) {
            problem(column, "Must be an amount with at most two decimals, e.g. " + example + ".");
            return null;
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** A number with or without decimals: a number cell, or text such as 12.5, 12,5 or 1.234,5. */
    BigDecimal decimal(SheetColumn column) {
        return number(column, "a number", "12.5");
    }

    /**
     * A number cell, or text in German or English writing (the last of "," and "." is the decimal separator); null
     * when empty, a problem when it is no number.
     */
    private BigDecimal number(SheetColumn column, String what, String example, String... ignored) {
        SheetCell cell = columns.cell(row, column);
        if (cell.formula()) {
            problem(column, FORMULA_MESSAGE);
            return null;
        }
        if (cell.number() != null) {
            return cell.number();
        }
        String text = cell.text().strip().replace(" ", "").replace("\u00a0", "");
        for (String unit : ignored) {
            text = text.replace(unit, "");
        }
        if (text.isEmpty()) {
            return null;
        }
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        if (comma > dot) { // German: 15.000,00
            text = text.replace(".", "").replace(',', '.');
        } else {
            text = text.replace(",", "");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problem(column, "Must be " + what + ", e.g. " + example + ".");
            return null;
        }
    }

    /** An enumerated value by its German or English label or its API value. */
    <E extends Enum<E>> E label(SheetColumn column, SheetLabels<E> labels, Class<E> type, boolean required) {
        String text = text(column);
        if (text == null) {
            if (required && !failedAt(column)) {
                problem(column, "Required; must be one of " + choices(labels, type) + ".");
            }
            return null;
        }
        Optional<E> value = labels.parse(text);
        if (value.isEmpty()) {
            problem(column, "Unknown value '" + text + "'; must be one of " + choices(labels, type) + ".");
            return null;
        }
        return value.get();
    }

    private static <E extends Enum<E>> String choices(SheetLabels<E> labels, Class<E> type) {
        return String.join(
                ", ",
                Arrays.stream(type.getEnumConstants())
                        .map(v -> labels.label(v, de.ihk.spreadsheet.SheetLanguage.DE))
                        .toList());
    }

    /** A cell as the preview shows it: dates as yyyy-mm-dd, percentages as "40 %". */
    static String shown(SheetCell cell) {
        if (cell.date() != null) {
            return cell.date().toString();
        }
        if (cell.number() != null && cell.percent()) {
            return cell.number()
                            .multiply(HUNDRED)
                            .setScale(2, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString()
                    + " %";
        }
        return cell.text();
    }
}
