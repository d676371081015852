package de.ihk.indicator;

import de.ihk.common.Ids;
import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;
import de.ihk.common.PublicationStatus;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;

/** The query parameters of the indicator list: its filters, page and sort (shared by the JSON list and exports). */
public class IndicatorListParams extends ListParams {

    @QueryParam("actionField")
    String actionField;

    @QueryParam("need")
    String need;

    @QueryParam("measure")
    String measure;

    @QueryParam("q")
    String q;

    @QueryParam("publicationStatus")
    String publicationStatus;

    public IndicatorService.Filter filter() {
        return new IndicatorService.Filter(
                Ids.parse("actionField", actionField),
                Ids.parse("need", need),
                Ids.parse("measure", measure),
                QueryParams.text("q", q, 200),
                QueryParams.enumValue("publicationStatus", publicationStatus, PublicationStatus.class));
    }

    public PageRequest page() {
        return page(IndicatorService.SORTABLE, "name", "i.id");
    }
}
