package de.ihk.measure;

import de.ihk.common.Ids;
import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The query parameters of an area's step list: its filters, page and sort (shared by the JSON list and exports). */
public class AreaStepListParams extends ListParams {

    @QueryParam("status")
    List<String> status;

    @QueryParam("open")
    String open;

    @QueryParam("dueBefore")
    String dueBefore;

    @QueryParam("responsible")
    String responsible;

    @QueryParam("measure")
    String measure;

    public AreaStepService.Filter filter() {
        return new AreaStepService.Filter(
                QueryParams.enumValues("status", status, StepStatus.class),
                QueryParams.bool("open", open),
                QueryParams.date("dueBefore", dueBefore),
                Ids.parse("responsible", responsible),
                Ids.parse("measure", measure));
    }

    public PageRequest page() {
        return page(AreaStepService.SORTABLE, AreaStepService.DEFAULT_SORT, "s.id");
    }
}
