package de.ihk.imports;

import de.ihk.common.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the rows of an uploaded CSV or XLSX file, recognised by its content rather than its declared type. CSV must be
 * UTF-8 (a byte order mark is dropped) and may be separated by {@code ,} or {@code ;} (German Excel writes {@code ;}).
 * XLSX is read as a stream of its first sheet's XML, never as a whole workbook in memory, and packages whose entries
 * expand beyond {@link #MAX_XLSX_ENTRY_BYTES} or by more than POI's inflate ratio (zip bombs) are refused. A file over
 * {@link #MAX_ROWS} data rows is refused with 413 as soon as the row after the last allowed one is read.
 */
final class SheetReader {

    /** Largest file accepted: 10 MiB. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Most data rows (without the header row) accepted. */
    static final int MAX_ROWS = 20_000;

    /** Longest cell accepted, as in Excel. */
    static final int MAX_CELL_CHARS = 32_767;

    static final long MAX_XLSX_ENTRY_BYTES = 200L * 1024 * 1024;

    static final String TOO_MANY_ROWS = "The file has more than " + MAX_ROWS + " rows; at most " + MAX_ROWS
            + " rows can be imported at once. Split it into several files.";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_XLSX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_XLSX_ENTRY_BYTES);
        }
    }

    private SheetReader() {}

    /** The rows of the file, the header row first; blank rows are left out. */
    static List<SheetRow> read(Path file) {
        long size;
        byte[] start = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(start, 0, 4);
        } catch (IOException e) {
            throw ApiException.badRequest("The uploaded file could not be read.");
        }
        if (size > MAX_BYTES) {
            throw tooLarge();
        }
        if (size == 0) {
            throw ApiException.badRequest("The file is empty.");
        }
        if (read == 4 && java.util.Arrays.equals(start, ZIP)) {
            return xlsx(file);
        }
        if (read == 4 && java.util.Arrays.equals(start, OLE2)) {
            throw ApiException.badRequest("The file is in the old Excel format (.xls) or another format that is not"
                    + " supported. Save it as an Excel workbook (.xlsx) or as CSV (UTF-8).");
        }
        try {
            return csv(Files.readAllBytes(file));
        } catch (IOException e) {
            throw ApiException.badRequest("The uploaded file could not be read.");
        }
    }

    static ApiException tooLarge() {
        return ApiException.tooLarge(
                "The file is larger than 10 MB (" + MAX_BYTES + " bytes). Split it into several files.");
    }

    // --- CSV ---

    static List<SheetRow> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("The file is neither an Excel workbook (.xlsx) nor a CSV file in UTF-8: its"
                    + " text is not valid UTF-8. In Excel, save it as \"CSV UTF-8\" or as an Excel workbook.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw ApiException.badRequest("The file is empty.");
        }
        if (text.indexOf('\0') >= 0) {
            throw ApiException.badRequest(
                    "The file is neither an Excel workbook (.xlsx) nor a CSV file: it contains binary data.");
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<SheetCell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    if (value.length() > MAX_CELL_CHARS) {
                        throw ApiException.badRequest("Row " + record.getRecordNumber() + " has a cell longer than "
                                + MAX_CELL_CHARS + " characters.");
                    }
                    cells.add(SheetCell.text(value));
                }
                add(rows, new SheetRow((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ApiException.badRequest("The CSV file cannot be read: " + e.getMessage());
        }
        return rows;
    }

    /** {@code ;} when the first line has more of them than commas (outside quotes), else {@code ,}. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void add(List<SheetRow> rows, SheetRow row) {
        if (row.isBlank()) {
            return;
        }
        if (rows.size() > MAX_ROWS) { // the header row and MAX_ROWS data rows are there already
            throw ApiException.tooLarge(TOO_MANY_ROWS);
        }
        rows.add(row);
    }

    // --- XLSX ---

    static List<SheetRow> xlsx(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ApiException.badRequest("The workbook has no sheet.");
            }
            List<SheetRow> rows = new ArrayList<>();
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, styles, rows));
                xml.parse(new InputSource(sheet));
            }
            return rows;
        } catch (ApiException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw notAWorkbook();
        } catch (IOException | OpenXML4JException | ParserConfigurationException e) {
            throw notAWorkbook();
        } catch (RuntimeException e) { // POI's checks (zip bomb, invalid package) throw unchecked exceptions
            throw notAWorkbook();
        }
    }

    private static ApiException notAWorkbook() {
        return ApiException.badRequest("The file is a ZIP archive but not a readable Excel workbook (.xlsx), or it"
                + " expands to an implausible size.");
    }

    /** Collects the cells of the first sheet, with the types its styles give them. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<SheetRow> rows;

        private List<SheetCell> cells;
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private boolean collecting;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, List<SheetRow> rows) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    if (ref != null) {
                        column = new CellReference(ref).getCol();
                    }
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                }
                case "v", "t" -> collecting = true;
                case "f" -> formula = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (collecting) {
                if (value.length() + length > MAX_CELL_CHARS) {
                    throw new SAXException(ApiException.badRequest(
                            "Row " + rowNumber + " has a cell longer than " + MAX_CELL_CHARS + " characters."));
                }
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(SheetCell.EMPTY);
                    }
                    cells.add(cell());
                    column++;
                }
                case "row" -> {
                    try {
                        add(rows, new SheetRow(rowNumber, cells));
                    } catch (ApiException e) {
                        throw new SAXException(e);
                    }
                }
                default -> {}
            }
        }

        private SheetCell cell() {
            String raw = value.toString();
            if (formula) {
                return new SheetCell(raw, null, null, false, true);
            }
            if ("s".equals(type)) {
                return SheetCell.text(
                        strings.getItemAt(Integer.parseInt(raw.trim())).getString());
            }
            if ("inlineStr".equals(type) || "str".equals(type)) {
                return SheetCell.text(raw);
            }
            if ("b".equals(type)) {
                return SheetCell.text("1".equals(raw.trim()) ? "TRUE" : "FALSE");
            }
            if ("e".equals(type) || raw.isBlank()) {
                return SheetCell.text(raw);
            }
            BigDecimal number;
            try {
                number = new BigDecimal(raw.trim());
            } catch (NumberFormatException e) {
                return SheetCell.text(raw);
            }
            String format = null;
            int formatIndex = 0;
            if (styles != null && style != null && !style.isBlank()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style.trim()));
                if (cellStyle != null) {
                    format = cellStyle.getDataFormatString();
                    formatIndex = cellStyle.getDataFormat();
                }
            }
            String text = number.stripTrailingZeros().toPlainString();
            if (format != null && DateUtil.isADateFormat(formatIndex, format)) {
                double serial = number.doubleValue();
                if (DateUtil.isValidExcelDate(serial)) {
                    return new SheetCell(
                            text, number, DateUtil.getLocalDateTime(serial).toLocalDate(), false, false);
                }
            }
            boolean percent = format != null && format.contains("%");
            return new SheetCell(text, number, null, percent, false);
        }
    }
}
