package de.ihk.spreadsheet;

import de.ihk.common.ApiException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** The spreadsheet formats lists can be had in, by {@code Accept} or by {@code ?format=}. */
public enum SheetFormat {
    CSV(SheetFormat.CSV_TYPE, "csv"),
    XLSX(SheetFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type of an answer in this format (CSV says its charset). */
    public String contentType() {
        return this == CSV ? CSV_TYPE + ";charset=UTF-8;header=present" : XLSX_TYPE;
    }

    public String extension() {
        return extension;
    }

    /**
     * The media type a {@code format} query parameter asks for: json (or absent: null, the Accept header decides), csv
     * or xlsx; anything else is a 400.
     */
    public static String mediaTypeOfParam(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> MediaType.APPLICATION_JSON;
            case "csv" -> CSV_TYPE;
            case "xlsx" -> XLSX_TYPE;
            default -> throw ApiException.invalid("format", "Must be json, csv or xlsx.");
        };
    }

    /** The first spreadsheet format the acceptable media types (most wanted first) name; CSV when none does. */
    public static SheetFormat preferred(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.valueOf(XLSX_TYPE)) && !type.isWildcardType()) {
                return XLSX;
            }
            if (type.isCompatible(MediaType.valueOf(CSV_TYPE)) && !type.isWildcardType()) {
                return CSV;
            }
        }
        return CSV;
    }

    /** Whether an Accept header names a spreadsheet format itself (not through a wildcard). */
    public static boolean named(String accept) {
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains(CSV_TYPE) || lower.contains(XLSX_TYPE);
    }
}
