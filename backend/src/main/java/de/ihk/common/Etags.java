package de.ihk.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** ETags are the record's version in quotes: {@code "3"}. */
public final class Etags {

    private Etags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The ETag of an answer that has no version of its own (a list, a search, a calendar feed): made of its bytes, so
     * that it changes exactly when the answer does.
     */
    public static String ofContent(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"c-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
