package de.ihk.common;

import java.util.Arrays;

/** ETags are the record's version in quotes: {@code "3"}. */
public final class Etags {

    private Etags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** True when an If-None-Match header names the given version (or is {@code *}); weak tags count (RFC 9110 weak comparison). */
    public static boolean matches(String header, long version) {
        return matches(header, of(version), true);
    }

    /** True when an If-None-Match header names this ETag (or is {@code *}); weak comparison. */
    public static boolean matches(String header, String etag) {
        return matches(header, etag.startsWith("W/") ? etag.substring(2) : etag, true);
    }

    private static boolean matches(String header, String current, boolean weakAllowed) {
        if (header == null || header.isBlank()) {
            return false;
        }
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .map(tag -> weakAllowed && tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }

    /**
     * Checks an If-Match header before a write (strong comparison): a missing header, or {@code *}, is refused
     * with 428, a stale one with 412 carrying the current ETag.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        if (ifMatch.trim().equals("*")) {
            throw ApiException.preconditionRequired(
                    "If-Match: * is not accepted: send the ETag of the version you read, so that "
                            + "a change made meanwhile is not overwritten.");
        }
        if (!matches(ifMatch, of(currentVersion), false)) {
            throw ApiException.preconditionFailed(currentVersion);
        }
    }
}
