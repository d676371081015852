package de.ihk.spreadsheet;

import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.actor.ActorSummary;
import de.ihk.common.PageRequest;
import de.ihk.measure.MeasureDto;
import de.ihk.measure.MeasureListParams;
import de.ihk.measure.MeasureService;
import de.ihk.need.NeedSummary;
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

/** The measure list of an area as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/areas/{slug}/measures")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class MeasureSheets {

    @Inject
    MeasureService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @PathParam("slug") String slug,
            @BeanParam MeasureListParams params,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        MeasureService.Filter filter = params.filter();
        PageRequest order = params.page();
        return exports.export(
                headers, lang, slug, SheetLayouts.MEASURES, service.all(slug, filter), order, MeasureSheets::values);
    }

    static Object[] values(MeasureDto m, SheetLanguage language) {
        ActionFieldSummary field = m.actionField();
        ActorSummary lead = m.leadActor();
        return new Object[] {
            m.id().toString(),
            m.code(),
            m.title(),
            m.summary(),
            m.description(),
            Cells.of(field, ActionFieldSummary::code),
            Cells.of(field, ActionFieldSummary::title),
            Cells.of(field, f -> f.id().toString()),
            Cells.joined(m.furtherActionFields(), ActionFieldSummary::code),
            Cells.joined(m.needs(), NeedSummary::code),
            SheetLabels.MEASURE_STATUS.label(m.status(), language),
            SheetLabels.PRIORITY.label(m.priority(), language),
            m.progress(),
            m.startDate(),
            m.endDate(),
            Cells.of(lead, ActorSummary::name),
            Cells.of(lead, a -> a.id().toString()),
            Cells.joined(m.partnerActors(), ActorSummary::name),
            Cells.joined(m.partnerActors(), a -> a.id().toString()),
            Cells.joined(m.targetGroups(), g -> Cells.label(g.labelDe(), g.labelEn(), language)),
            Cells.joined(m.targetGroups(), TargetGroupSummary::code),
            m.location(),
            Cells.money(m.budget()),
            Cells.of(m.budget(), b -> b.currency()),
            m.fundingSource(),
            SheetLabels.PUBLICATION.label(m.publicationStatus(), language),
            m.version(),
            m.updatedAt()
        };
    }
}
