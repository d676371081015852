package de.ihk.presentation;

import de.ihk.common.Ids;
import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;
import de.ihk.common.PublicationStatus;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;

/** The query parameters of an area's presentation list (shared by the JSON list and exports). */
public class PresentationListParams extends ListParams {

    @QueryParam("committee")
    String committee;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("status")
    String status;

    @QueryParam("upcoming")
    String upcoming;

    @QueryParam("publicationStatus")
    String publicationStatus;

    public PresentationService.Filter filter() {
        return new PresentationService.Filter(
                Ids.parse("committee", committee),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                QueryParams.enumValue("status", status, PresentationStatus.class),
                QueryParams.bool("upcoming", upcoming),
                QueryParams.enumValue("publicationStatus", publicationStatus, PublicationStatus.class));
    }

    public PageRequest page() {
        return page(PresentationService.SORTABLE, "date", "p.time ASC NULLS LAST, p.id");
    }
}
