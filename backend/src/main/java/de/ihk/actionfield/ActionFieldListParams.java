package de.ihk.actionfield;

import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;
import de.ihk.common.PublicationStatus;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;

/** The query parameters of an area's action field list (shared by the JSON list and exports). */
public class ActionFieldListParams extends ListParams {

    @QueryParam("publicationStatus")
    String publicationStatus;

    public PageRequest page() {
        return page(ActionFieldService.SORTABLE, "position", "f.id");
    }

    public PublicationStatus publicationStatus() {
        return QueryParams.enumValue("publicationStatus", publicationStatus, PublicationStatus.class);
    }
}
