package de.ihk.calendar;

/**
 * Folds the content lines of an iCalendar text as RFC 5545 (3.1) asks: no line longer than 75 octets of UTF-8, a
 * continuation line starting with one space, and no character split across lines. (ical4j's own folding counts
 * characters, so a line of umlauts would grow to twice the allowed length.)
 */
final class IcsFolding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsFolding() {}

    /** The text with every line folded; lines end with CRLF, as they do in the unfolded text. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split(CRLF, -1)) {
            if (!line.isEmpty()) {
                foldLine(line, out);
                out.append(CRLF);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
