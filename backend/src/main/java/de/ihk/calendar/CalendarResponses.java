package de.ihk.calendar;

import de.ihk.common.Etags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Answers with a calendar feed, or 304 when the client already has it. */
final class CalendarResponses {

    /**
     * {@code text/calendar} in UTF-8; RFC 5545 (8.1) wants the feed's METHOD repeated as a parameter of the type.
     */
    static final MediaType TEXT_CALENDAR =
            new MediaType("text", "calendar", Map.of("charset", "utf-8", "method", "PUBLISH"));

    private CalendarResponses() {}

    static Response of(CalendarFeeds.Feed feed, String ifNoneMatch) {
        Response.ResponseBuilder response = Etags.matches(ifNoneMatch, feed.etag())
                ? Response.notModified()
                : Response.ok(feed.body(), TEXT_CALENDAR)
                        .header("Content-Disposition", "inline; filename=\"presentations.ics\"");
        return response.header(HttpHeaders.ETAG, feed.etag()).build();
    }
}
