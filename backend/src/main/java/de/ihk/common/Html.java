package de.ihk.common;

/** HTML (and XHTML) text, for the documents and mails the server writes itself. */
public final class Html {

    private Html() {}

    /** Escapes text for XHTML; drops characters XML does not allow. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (cp == 0x9
                            || cp == 0xA
                            || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD)
                            || cp >= 0x10000) {
                        s.appendCodePoint(cp);
                    }
                }
            }
        });
        return s.toString();
    }
}
