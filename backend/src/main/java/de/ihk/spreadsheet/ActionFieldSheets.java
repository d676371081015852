package de.ihk.spreadsheet;

import de.ihk.actionfield.ActionFieldDto;
import de.ihk.actionfield.ActionFieldListParams;
import de.ihk.actionfield.ActionFieldService;
import de.ihk.common.PageRequest;
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

/** The action fields of an area as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/areas/{slug}/action-fields")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class ActionFieldSheets {

    @Inject
    ActionFieldService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @PathParam("slug") String slug,
            @BeanParam ActionFieldListParams params,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        PageRequest order = params.page();
        return exports.export(
                headers,
                lang,
                slug,
                SheetLayouts.ACTION_FIELDS,
                service.all(slug, params.publicationStatus()),
                order,
                ActionFieldSheets::values);
    }

    static Object[] values(ActionFieldDto f, SheetLanguage language) {
        return new Object[] {
            f.id().toString(),
            f.code(),
            f.title(),
            f.description(),
            f.goal(),
            f.position(),
            f.color(),
            SheetLabels.PUBLICATION.label(f.publicationStatus(), language),
            f.version(),
            f.updatedAt()
        };
    }
}
