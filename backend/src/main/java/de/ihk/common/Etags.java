package de.ihk.common;

import java.util.Arrays;

/** ETags are the record's version in quotes: {@code "3"}. */
public final class Etags {

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** True when an If-None-Match header names the given version (or is {@code *}). */
    public static boolean matches(String header, long version) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String current = of(version);
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }

    /**
     * Checks an If-Match header before a write: a missing header is refused with 428, a stale one
     * with 412 carrying the current ETag.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        if (!matches(ifMatch, currentVersion)) {
            throw ApiException.preconditionFailed(currentVersion);
        }
    }
}
