package de.ihk.spreadsheet;

import de.ihk.area.AreaDto;
import de.ihk.area.AreaListParams;
import de.ihk.area.AreaService;
import de.ihk.common.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The area list as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/areas")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class AreaSheets {

    @Inject
    AreaService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @BeanParam AreaListParams params, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        PageRequest order = params.page();
        return exports.export(
                headers,
                lang,
                null,
                SheetLayouts.AREAS,
                service.all(params.q(), params.municipality(), params.publicationStatus()),
                order,
                AreaSheets::values);
    }

    static Object[] values(AreaDto a, SheetLanguage language) {
        return new Object[] {
            a.id().toString(),
            a.slug(),
            a.name(),
            a.municipality(),
            a.programme(),
            a.fundingStart(),
            a.fundingEnd(),
            a.sizeHectares(),
            a.inhabitants(),
            Cells.money(a.budget()),
            Cells.of(a.budget(), b -> b.currency()),
            a.summary(),
            a.description(),
            SheetLabels.PUBLICATION.label(a.publicationStatus(), language),
            a.version(),
            a.updatedAt()
        };
    }
}
