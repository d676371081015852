package de.ihk.changes;

import de.ihk.common.ApiException;
import java.util.Locale;

/**
 * Where a client is in the change feed: after {@code position}, knowing of the deletions that compaction had removed
 * up to {@code pruned} when the cursor was given. Clients see it as an opaque text, {@code c<position>_<pruned>} in
 * base 36.
 */
public record ChangeCursor(long position, long pruned) {

    /** The start of the feed. */
    public static final ChangeCursor START = new ChangeCursor(0, 0);

    /** Whether deletions after this cursor were removed since it was given: the client must read everything again. */
    boolean missed(long prunedNow) {
        return position > 0 && pruned < prunedNow && position < prunedNow;
    }

    @Override
    public String toString() {
        return "c" + Long.toString(position, 36) + "_" + Long.toString(pruned, 36);
    }

    /** The cursor a client sent (the start when none); 400 for anything that is not a cursor. */
    static ChangeCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        String value = cursor.strip().toLowerCase(Locale.ROOT);
        int separator = value.indexOf('_');
        if (value.length() > 30 || !value.startsWith("c") || separator < 2 || separator == value.length() - 1) {
            throw malformed(cursor);
        }
        try {
            long position = Long.parseLong(value.substring(1, separator), 36);
            long pruned = Long.parseLong(value.substring(separator + 1), 36);
            if (position < 0 || pruned < 0) {
                throw malformed(cursor);
            }
            return new ChangeCursor(position, pruned);
        } catch (NumberFormatException e) {
            throw malformed(cursor);
        }
    }

    private static ApiException malformed(String cursor) {
        return ApiException.invalid(
                "after",
                "'" + (cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor)
                        + "' is not a cursor of this feed. Use a nextCursor or cursor the feed returned, or leave"
                        + " 'after' out to read from the start.");
    }
}
