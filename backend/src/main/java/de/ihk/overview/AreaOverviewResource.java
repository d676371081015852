package de.ihk.overview;

import de.ihk.common.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one call for an area's front page. */
@Path("/api/v1/areas/{slug}/overview")
@Produces(MediaType.APPLICATION_JSON)
public class AreaOverviewResource {

    @Inject
    AreaOverviewService overview;

    @GET
    public Response overview(@PathParam("slug") String slug, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.conditionalItem(ifNoneMatch, overview.overview(slug));
    }
}
