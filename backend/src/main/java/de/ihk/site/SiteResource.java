package de.ihk.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The operator details of this installation (settings, not records): public, for the imprint. */
@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    SiteSettings settings;

    @GET
    public SiteDto get() {
        return SiteDto.of(settings);
    }
}
