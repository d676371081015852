package de.ihk.calendar;

import de.ihk.common.Ids;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The calendar feed of one committee's dates in all areas; any Accept is answered with the calendar. */
@Path("/api/v1/committees/{id}/presentations.ics")
public class CommitteeCalendarResource {

    @Inject
    CalendarFeeds feeds;

    @Context
    UriInfo uri;

    @GET
    public Response feed(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return CalendarResponses.of(
                feeds.ofCommittee(Ids.parse("id", id), uri.getBaseUri().toString()), ifNoneMatch);
    }
}
