package de.ihk.auth;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way user names are compared: the login lookup, the login throttle, account creation and
 * single sign-on all use {@link #key}. Two names with the same key are the same name.
 */
public final class UserNames {

    /** Longest key stored; longer input cannot name an account (names are at most 100 characters). */
    static final int MAX_KEY_LENGTH = 200;

    private UserNames() {}

    /**
     * NFKC, then Unicode full case folding, then NFKC again (the Unicode "NFKC_Casefold" idea):
     * "ADMIN", "admin" and "ａｄｍｉｎ" (full width) share a key; "admİn" (dotted capital I)
     * folds to "admi̇n" with a combining dot and so names a different account – for the lookup
     * and the throttle alike. Java's upper-then-lower casing gives the full folding for the letters
     * it differs on ("ß" → "ss"); final sigma is folded explicitly.
     */
    public static String key(String username) {
        String compatible = Normalizer.normalize(username.strip(), Normalizer.Form.NFKC);
        String folded =
                compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('ς', 'σ');
        String key = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}
