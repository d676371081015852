package de.ihk.measure;

import de.ihk.common.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The action steps of all measures of an area, e.g. the open ones with their due dates for a network meeting. */
@Path("/api/v1/areas/{slug}/steps")
@Produces(MediaType.APPLICATION_JSON)
public class AreaStepResource {

    @Inject
    AreaStepService service;

    @Context
    UriInfo uri;

    @GET
    public Response list(@PathParam("slug") String slug, @BeanParam AreaStepListParams params) {
        AreaStepService.Filter filter = params.filter();
        return Responses.page(service.list(slug, filter, params.page()), uri);
    }
}
