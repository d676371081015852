package de.ihk.opendata;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** The open data offer as plain JSON, for the web app's open data page. */
@Path("/api/v1/open-data")
public class OpenDataResource {

    @Inject
    OpenDataService service;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OpenDataOffer offer() {
        return service.offer(uri.getBaseUri().toString());
    }
}
