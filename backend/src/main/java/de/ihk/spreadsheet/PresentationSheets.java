package de.ihk.spreadsheet;

import de.ihk.actor.ActorSummary;
import de.ihk.committee.CommitteeSummary;
import de.ihk.common.PageRequest;
import de.ihk.measure.MeasureSummary;
import de.ihk.presentation.PresentationDto;
import de.ihk.presentation.PresentationListParams;
import de.ihk.presentation.PresentationService;
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

/** The committee presentations (Gremientermine) of an area as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/areas/{slug}/presentations")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class PresentationSheets {

    @Inject
    PresentationService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @PathParam("slug") String slug,
            @BeanParam PresentationListParams params,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        PresentationService.Filter filter = params.filter();
        PageRequest order = params.page();
        return exports.export(
                headers,
                lang,
                slug,
                SheetLayouts.PRESENTATIONS,
                service.all(slug, filter),
                order,
                PresentationSheets::values);
    }

    static Object[] values(PresentationDto p, SheetLanguage language) {
        CommitteeSummary committee = p.committee();
        return new Object[] {
            p.id().toString(),
            p.date(),
            Cells.of(p.time(), t -> t.toString()),
            Cells.of(committee, CommitteeSummary::name),
            Cells.of(committee, c -> c.id().toString()),
            p.title(),
            p.description(),
            SheetLabels.PRESENTATION_STATUS.label(p.status(), language),
            Cells.joined(p.measures(), MeasureSummary::code),
            Cells.of(p.presenter(), ActorSummary::name),
            p.location(),
            p.meetingUrl(),
            p.agendaItemUrl(),
            p.paperUrl(),
            SheetLabels.PUBLICATION.label(p.publicationStatus(), language),
            p.version(),
            p.updatedAt()
        };
    }
}
