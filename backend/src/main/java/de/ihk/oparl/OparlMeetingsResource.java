package de.ihk.oparl;

import de.ihk.common.Ids;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The meetings of a committee in the council information system, to pick a committee date from. */
@Path("/api/v1/committees/{id}/oparl-meetings")
@Produces(MediaType.APPLICATION_JSON)
public class OparlMeetingsResource {

    @Inject
    OparlService service;

    @GET
    public OparlMeetingList meetings(@PathParam("id") String id) {
        return service.meetings(Ids.parse("id", id));
    }
}
