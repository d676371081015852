package de.ihk.area;

import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;
import de.ihk.common.PublicationStatus;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;

/** The query parameters of the area list (shared by the JSON list and exports). */
public class AreaListParams extends ListParams {

    @QueryParam("q")
    String q;

    @QueryParam("municipality")
    String municipality;

    @QueryParam("publicationStatus")
    String publicationStatus;

    public PageRequest page() {
        return page(AreaService.SORTABLE, "position,name", "ar.id");
    }

    public String q() {
        return QueryParams.text("q", q, 200);
    }

    public String municipality() {
        return QueryParams.text("municipality", municipality, 200);
    }

    public PublicationStatus publicationStatus() {
        return QueryParams.enumValue("publicationStatus", publicationStatus, PublicationStatus.class);
    }
}
