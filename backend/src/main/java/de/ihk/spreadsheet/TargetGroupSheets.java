package de.ihk.spreadsheet;

import de.ihk.common.PageRequest;
import de.ihk.targetgroup.TargetGroupDto;
import de.ihk.targetgroup.TargetGroupListParams;
import de.ihk.targetgroup.TargetGroupService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The target group list as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/target-groups")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class TargetGroupSheets {

    @Inject
    TargetGroupService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @BeanParam TargetGroupListParams params, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        PageRequest order = params.page();
        return exports.export(
                headers, lang, null, SheetLayouts.TARGET_GROUPS, service.all(), order, TargetGroupSheets::values);
    }

    static Object[] values(TargetGroupDto t, SheetLanguage language) {
        return new Object[] {t.id().toString(), t.code(), t.labelDe(), t.labelEn(), t.version(), t.updatedAt()};
    }
}
