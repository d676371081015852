package de.ihk.spreadsheet;

import de.ihk.common.PageRequest;
import de.ihk.common.Rows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Answers a list request with a spreadsheet: all rows the JSON list would show (same filters, order and visibility),
 * read and written chunk by chunk while the answer is sent, in a read-only transaction of its own.
 */
@ApplicationScoped
public class SheetExports {

    /** Long lists take a while; the transaction only reads. */
    private static final int TIMEOUT_SECONDS = 1800;

    @Inject
    Clock clock;

    /** How one record becomes the values of a row, in the layout's column order. */
    @FunctionalInterface
    public interface RowMapper<T> {
        Object[] values(T record, SheetLanguage language);
    }

    /**
     * The answer to an export request.
     *
     * @param accept the request's acceptable media types, which say CSV or XLSX
     * @param lang the {@code lang} parameter (de, en or absent)
     * @param filePrefix what the file name starts with (e.g. the area's slug), or null
     */
    public <T> Response export(
            HttpHeaders accept,
            String lang,
            String filePrefix,
            SheetLayout layout,
            Rows<T> rows,
            PageRequest order,
            RowMapper<T> mapper) {
        SheetLanguage language = SheetLanguage.fromParam(lang);
        SheetFormat format = SheetFormat.preferred(accept.getAcceptableMediaTypes());
        StreamingOutput body = out -> {
            try {
                QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
                    try (SheetWriter writer = SheetWriter.open(format, out, layout, language, clock.getZone())) {
                        rows.forEachChunk(order, chunk -> write(writer, chunk, mapper, language));
                        writer.finish();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return Response.ok(body, format.contentType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + fileName(filePrefix, layout, language, format) + "\"")
                .build();
    }

    private static <T> void write(SheetWriter writer, List<T> chunk, RowMapper<T> mapper, SheetLanguage language) {
        try {
            for (T record : chunk) {
                writer.row(mapper.values(record, language));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** E.g. {@code schinkel-massnahmen-2026-05-04.xlsx}: ASCII only, so that every browser keeps it. */
    String fileName(String prefix, SheetLayout layout, SheetLanguage language, SheetFormat format) {
        String title = ascii(layout.title(language));
        String date = LocalDate.now(clock).toString();
        return (prefix == null ? "" : ascii(prefix) + "-") + title + "-" + date + "." + format.extension();
    }

    static String ascii(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
