package de.ihk.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The calendar feed of an area's committee dates; any Accept is answered with the calendar. */
@Path("/api/v1/areas/{slug}/presentations.ics")
public class AreaCalendarResource {

    @Inject
    CalendarFeeds feeds;

    @Context
    UriInfo uri;

    @GET
    public Response feed(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return CalendarResponses.of(feeds.ofArea(slug, uri.getBaseUri().toString()), ifNoneMatch);
    }
}
