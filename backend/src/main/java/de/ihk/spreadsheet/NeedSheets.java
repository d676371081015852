package de.ihk.spreadsheet;

import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.common.PageRequest;
import de.ihk.need.AnsweringMeasure;
import de.ihk.need.NeedDto;
import de.ihk.need.NeedListParams;
import de.ihk.need.NeedService;
import de.ihk.targetgroup.TargetGroupSummary;
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

/** The need list of an area as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/areas/{slug}/needs")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class NeedSheets {

    @Inject
    NeedService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @PathParam("slug") String slug,
            @BeanParam NeedListParams params,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        NeedService.Filter filter = params.filter();
        PageRequest order = params.page();
        return exports.export(
                headers, lang, slug, SheetLayouts.NEEDS, service.all(slug, filter), order, NeedSheets::values);
    }

    static Object[] values(NeedDto n, SheetLanguage language) {
        ActionFieldSummary field = n.actionField();
        return new Object[] {
            n.id().toString(),
            n.code(),
            n.title(),
            Cells.of(field, ActionFieldSummary::code),
            Cells.of(field, ActionFieldSummary::title),
            Cells.of(field, f -> f.id().toString()),
            n.description(),
            n.evidence(),
            SheetLabels.PRIORITY.label(n.priority(), language),
            Cells.joined(n.targetGroups(), g -> Cells.label(g.labelDe(), g.labelEn(), language)),
            Cells.joined(n.targetGroups(), TargetGroupSummary::code),
            Cells.joined(n.measures(), AnsweringMeasure::code),
            SheetLabels.PUBLICATION.label(n.publicationStatus(), language),
            n.version(),
            n.updatedAt()
        };
    }
}
