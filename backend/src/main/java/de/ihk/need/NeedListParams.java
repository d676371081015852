package de.ihk.need;

import de.ihk.common.Ids;
import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;
import de.ihk.common.Priority;
import de.ihk.common.PublicationStatus;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;

/** The query parameters of the need list: its filters, page and sort (shared by the JSON list and exports). */
public class NeedListParams extends ListParams {

    @QueryParam("actionField")
    String actionField;

    @QueryParam("priority")
    String priority;

    @QueryParam("targetGroup")
    String targetGroup;

    @QueryParam("uncovered")
    String uncovered;

    @QueryParam("q")
    String q;

    @QueryParam("publicationStatus")
    String publicationStatus;

    public NeedService.Filter filter() {
        return new NeedService.Filter(
                Ids.parse("actionField", actionField),
                QueryParams.enumValue("priority", priority, Priority.class),
                QueryParams.text("targetGroup", targetGroup, 50),
                QueryParams.bool("uncovered", uncovered),
                QueryParams.text("q", q, 200),
                QueryParams.enumValue("publicationStatus", publicationStatus, PublicationStatus.class));
    }

    public PageRequest page() {
        return page(NeedService.SORTABLE, "code", "n.id");
    }
}
