package de.ihk.measure;

import de.ihk.common.Ids;
import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;
import de.ihk.common.PublicationStatus;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The query parameters of the measure list: its filters, page and sort (shared by the JSON list and exports). */
public class MeasureListParams extends ListParams {

    @QueryParam("actionField")
    String actionField;

    @QueryParam("need")
    String need;

    @QueryParam("status")
    List<String> status;

    @QueryParam("targetGroup")
    String targetGroup;

    @QueryParam("actor")
    String actor;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("q")
    String q;

    @QueryParam("publicationStatus")
    String publicationStatus;

    public MeasureService.Filter filter() {
        return new MeasureService.Filter(
                Ids.parse("actionField", actionField),
                Ids.parse("need", need),
                QueryParams.enumValues("status", status, MeasureStatus.class),
                QueryParams.text("targetGroup", targetGroup, 50),
                Ids.parse("actor", actor),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                QueryParams.text("q", q, 200),
                QueryParams.enumValue("publicationStatus", publicationStatus, PublicationStatus.class));
    }

    public PageRequest page() {
        return page(MeasureService.SORTABLE, "code", "m.id");
    }
}
