package de.ihk.oparl;

import de.ihk.common.Ids;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Synchronises a committee's dates with the council information system now. */
@Path("/api/v1/committees/{id}/oparl-sync")
@Produces(MediaType.APPLICATION_JSON)
public class OparlSyncResource {

    @Inject
    OparlService service;

    @POST
    public OparlSyncReport sync(@PathParam("id") String id) {
        return service.sync(Ids.parse("id", id));
    }
}
