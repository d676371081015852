package de.ihk.actor;

import de.ihk.common.ListParams;
import de.ihk.common.PageRequest;
import de.ihk.common.QueryParams;
import jakarta.ws.rs.QueryParam;

/** The query parameters of the actor list (shared by the JSON list and exports). */
public class ActorListParams extends ListParams {

    @QueryParam("kind")
    String kind;

    @QueryParam("q")
    String q;

    @QueryParam("area")
    String area;

    @QueryParam("municipality")
    String municipality;

    public ActorService.Filter filter() {
        return new ActorService.Filter(
                QueryParams.enumValue("kind", kind, ActorKind.class),
                QueryParams.text("q", q, 200),
                QueryParams.text("area", area, 100),
                QueryParams.text("municipality", municipality, 200));
    }

    public PageRequest page() {
        return page(ActorService.SORTABLE, "name", "a.id");
    }
}
