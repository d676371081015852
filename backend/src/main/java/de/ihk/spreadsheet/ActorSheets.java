package de.ihk.spreadsheet;

import de.ihk.actor.ActorDto;
import de.ihk.actor.ActorListParams;
import de.ihk.actor.ActorService;
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

/** The actor list as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/actors")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class ActorSheets {

    @Inject
    ActorService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @BeanParam ActorListParams params, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        ActorService.Filter filter = params.filter();
        PageRequest order = params.page();
        return exports.export(
                headers, lang, null, SheetLayouts.ACTORS, service.all(filter), order, ActorSheets::values);
    }

    static Object[] values(ActorDto a, SheetLanguage language) {
        return new Object[] {
            a.id().toString(),
            a.name(),
            SheetLabels.ACTOR_KIND.label(a.kind(), language),
            a.municipality(),
            a.description(),
            a.website(),
            a.email(),
            a.version(),
            a.updatedAt()
        };
    }
}
