package de.ihk.changes;

import de.ihk.access.DraftAccess;
import de.ihk.common.ApiException;
import de.ihk.common.QueryParams;
import de.ihk.write.RecordType;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The change feed: every change of every record the caller may see, in commit order, from a cursor on. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private static final int DEFAULT_LIMIT = 100;

    @Inject
    ChangeFeed feed;

    @Inject
    DraftAccess drafts;

    /** A page of the feed and the cursor to continue from (the same cursor when nothing followed). */
    public record ChangePage(List<ChangeItem> items, String nextCursor) {}

    @GET
    public ChangePage list(
            @QueryParam("after") String after,
            @QueryParam("limit") String limit,
            @QueryParam("area") String area,
            @QueryParam("type") List<String> type) {
        ChangeCursor cursor = ChangeCursor.parse(after);
        int size = limit(limit);
        Set<RecordType> types = types(type);
        String slug = QueryParams.text("area", area, 100);
        feed.sequence();
        UUID areaId = slug == null ? null : feed.areaForFilter(slug);
        List<ChangeItem> items = feed.items(cursor, size, new ChangeFilter(areaId, types), drafts.draftAreas());
        String next = items.isEmpty()
                ? cursor.toString()
                : items.get(items.size() - 1).cursor();
        return new ChangePage(items, next);
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= ChangeFeed.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid("limit", "Must be a whole number between 1 and " + ChangeFeed.MAX_LIMIT + ".");
    }

    private static Set<RecordType> types(List<String> values) {
        Set<RecordType> types = EnumSet.noneOf(RecordType.class);
        for (RecordType type : QueryParams.enumValues("type", values, RecordType.class)) {
            if (ChangeSource.of(type).isEmpty()) {
                throw ApiException.invalid("type", type + " records are not in the change feed.");
            }
            types.add(type);
        }
        return types;
    }
}
