package de.ihk.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Session cookies that need no server memory: the account id, the account's session generation, when the session
 * began and when it was last used, signed with HMAC-SHA256. A session ends after {@code idle-timeout} without use, at
 * the latest {@code absolute-timeout} after login, and as soon as the account's generation moves on (logout, password
 * or role changed, account disabled: see {@link Account#endSessions()}).
 */
@ApplicationScoped
public class SessionCodec {

    public static final String COOKIE = "ihk_session";
    public static final String CSRF_COOKIE = "ihk_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    @ConfigMapping(prefix = "ihk.session")
    public interface Config {
        @WithDefault("30M")
        Duration idleTimeout();

        @WithDefault("12H")
        Duration absoluteTimeout();

        /** Send cookies only over HTTPS; on unless switched off for local http://localhost use. */
        @WithDefault("true")
        boolean secureCookies();
    }

    public record Session(UUID accountId, long generation, Instant issuedAt, Instant lastSeen) {

        /** A new session of the account, beginning now. */
        public static Session begin(Account account, Instant now) {
            return new Session(account.id, account.sessionGeneration, now, now);
        }

        Session renewedAt(Instant now) {
            return new Session(accountId, generation, issuedAt, now);
        }
    }

    @Inject
    ServerSecrets secrets;

    @Inject
    Config config;

    public Config config() {
        return config;
    }

    public String encode(Session session) {
        String payload = session.accountId() + ":" + session.generation() + ":"
                + session.issuedAt().getEpochSecond() + ":" + session.lastSeen().getEpochSecond();
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + sign("session:" + encoded);
    }

    /** The session in a cookie value, if the signature holds and neither timeout has passed. */
    public Optional<Session> decode(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String encoded = value.substring(0, dot);
        if (!constantTimeEquals(sign("session:" + encoded), value.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(":", -1);
            Session session = new Session(
                    UUID.fromString(parts[0]),
                    Long.parseLong(parts[1]),
                    Instant.ofEpochSecond(Long.parseLong(parts[2])),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
            boolean idle = session.lastSeen().plus(config.idleTimeout()).isBefore(now);
            boolean tooOld = session.issuedAt().plus(config.absoluteTimeout()).isBefore(now);
            return idle || tooOld ? Optional.empty() : Optional.of(session);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The anti-CSRF token of a session: the browser app echoes it in {@value #CSRF_HEADER}. */
    public String csrfToken(Session session) {
        return sign("csrf:" + session.accountId() + ":" + session.generation() + ":"
                + session.issuedAt().getEpochSecond());
    }

    public boolean validCsrf(Session session, String header) {
        return header != null && constantTimeEquals(csrfToken(session), header);
    }

    /**
     * The signature of {@code data} with the server's key, the same on every instance. Callers start {@code data} with
     * a purpose of their own (as "session:" and "csrf:" here), so that no signature serves two purposes.
     */
    public String sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.sessionKey(), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
