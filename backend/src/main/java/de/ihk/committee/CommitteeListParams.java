package de.ihk.committee;

import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;

/** The query parameters of the committee list (shared by the JSON list and exports). */
public class CommitteeListParams extends ListParams {

    @QueryParam("municipality")
    String municipality;

    public PageRequest page() {
        return page(CommitteeService.SORTABLE, "name", "c.id");
    }

    public String municipality() {
        return QueryParams.text("municipality", municipality, 200);
    }
}
