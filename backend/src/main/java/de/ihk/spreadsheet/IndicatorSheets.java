package de.ihk.spreadsheet;

import de.ihk.common.PageRequest;
import de.ihk.common.Rows;
import de.ihk.indicator.IndicatorDto;
import de.ihk.indicator.IndicatorListParams;
import de.ihk.indicator.IndicatorService;
import de.ihk.indicator.IndicatorValueDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The indicators of an area as CSV or XLSX: one row per value, in the layout the import reads back (an indicator
 * without values has no row).
 */
@Path(SheetFormatFilter.SHEETS + "/areas/{slug}/indicators")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class IndicatorSheets {

    @Inject
    IndicatorService service;

    @Inject
    SheetExports exports;

    /** One value of an indicator, a row of the export. */
    record ValueRow(IndicatorDto indicator, IndicatorValueDto value) {}

    @GET
    public Response export(
            @PathParam("slug") String slug,
            @BeanParam IndicatorListParams params,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Rows<IndicatorDto> indicators = service.all(slug, params.filter());
        Rows<ValueRow> values = (order, sink) -> indicators.forEachChunk(
                order,
                chunk -> sink.accept(
                        chunk.stream().flatMap(i -> rowsOf(i).stream()).toList()));
        PageRequest order = params.page();
        return exports.export(
                headers, lang, slug, SheetLayouts.INDICATOR_VALUES, values, order, IndicatorSheets::values);
    }

    static Object[] values(ValueRow row, SheetLanguage language) {
        IndicatorDto i = row.indicator();
        IndicatorValueDto v = row.value();
        return new Object[] {
            i.name(),
            i.id().toString(),
            i.unit(),
            v.year(),
            v.date(),
            v.value(),
            v.cityValue(),
            v.note(),
            v.source(),
            SheetLabels.PUBLICATION.label(i.publicationStatus(), language),
            i.version()
        };
    }

    static List<ValueRow> rowsOf(IndicatorDto indicator) {
        return indicator.values().stream().map(v -> new ValueRow(indicator, v)).toList();
    }
}
