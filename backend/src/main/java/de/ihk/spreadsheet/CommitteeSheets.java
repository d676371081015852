package de.ihk.spreadsheet;

import de.ihk.committee.CommitteeDto;
import de.ihk.committee.CommitteeListParams;
import de.ihk.committee.CommitteeService;
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

/** The committee list as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/committees")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class CommitteeSheets {

    @Inject
    CommitteeService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @BeanParam CommitteeListParams params, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        PageRequest order = params.page();
        return exports.export(
                headers,
                lang,
                null,
                SheetLayouts.COMMITTEES,
                service.all(params.municipality()),
                order,
                CommitteeSheets::values);
    }

    static Object[] values(CommitteeDto c, SheetLanguage language) {
        return new Object[] {
            c.id().toString(),
            c.name(),
            c.shortName(),
            c.municipality(),
            c.oparlOrganizationUrl(),
            c.version(),
            c.updatedAt()
        };
    }
}
