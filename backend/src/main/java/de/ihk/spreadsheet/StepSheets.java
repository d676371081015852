package de.ihk.spreadsheet;

import de.ihk.actor.ActorSummary;
import de.ihk.common.PageRequest;
import de.ihk.measure.AreaStepDto;
import de.ihk.measure.AreaStepListParams;
import de.ihk.measure.AreaStepService;
import de.ihk.measure.MeasureSummary;
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

/** The action steps of an area as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/areas/{slug}/steps")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class StepSheets {

    @Inject
    AreaStepService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @PathParam("slug") String slug,
            @BeanParam AreaStepListParams params,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        AreaStepService.Filter filter = params.filter();
        PageRequest order = params.page();
        return exports.export(
                headers, lang, slug, SheetLayouts.STEPS, service.all(slug, filter), order, StepSheets::values);
    }

    static Object[] values(AreaStepDto s, SheetLanguage language) {
        MeasureSummary measure = s.measure();
        ActorSummary responsible = s.responsibleActor();
        return new Object[] {
            s.id().toString(),
            measure.code(),
            measure.title(),
            measure.id().toString(),
            s.position(),
            s.title(),
            s.description(),
            s.dueDate(),
            SheetLabels.STEP_STATUS.label(s.status(), language),
            Cells.of(responsible, ActorSummary::name),
            Cells.of(responsible, a -> a.id().toString()),
            s.version(),
            s.updatedAt()
        };
    }
}
