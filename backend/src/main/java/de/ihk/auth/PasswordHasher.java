package de.ihk.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt (cost 12) for account passwords. */
public final class PasswordHasher {

    private static final int COST = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Checked against when the user name is unknown, so that both answers take the same time. */
    private static final String DUMMY = hash("no such user – constant-time placeholder");

    private PasswordHasher() {}

    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, COST);
    }

    static final String TOO_LONG = "Must be at most 72 bytes long in UTF-8 (fewer characters when using umlauts).";

    /** bcrypt reads at most 72 bytes; longer passwords are refused at input validation. */
    public static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= 72;
    }

    public static boolean matches(String password, String hash) {
        return fits(password) && OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    }

    /** Spends the time of one check without a real hash. */
    public static void spendCheckTime(String password) {
        OpenBSDBCrypt.checkPassword(DUMMY, password.toCharArray());
    }
}
