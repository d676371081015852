package de.ihk.message;

import de.ihk.auth.SessionCodec;
import de.ihk.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed time at which a message form was shown. A message must come at least {@code ihk.messages.min-fill-time}
 * and at most {@link #MAX_AGE} after it: people take a few seconds to write, scripts that post at once do not. Signed
 * with the server's key, so every instance checks the tokens of every other without keeping them.
 */
@ApplicationScoped
public class MessageFormTokens {

    static final Duration MAX_AGE = Duration.ofDays(1);
    private static final String PURPOSE = "message-form:";

    @Inject
    SessionCodec codec;

    @ConfigProperty(name = "ihk.messages.min-fill-time")
    Duration minFillTime;

    /** A token for a form of the area shown at {@code shownAt}. */
    public String issue(UUID areaId, Instant shownAt) {
        String payload = areaId + ":" + shownAt.getEpochSecond();
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + codec.sign(PURPOSE + encoded);
    }

    public Duration minFillTime() {
        return minFillTime;
    }

    /** Refuses (400 naming {@code formToken}) a token that is forged, of another area, too fresh or too old. */
    void check(String token, UUID areaId, Instant now) {
        Instant shownAt = shownAt(token, areaId);
        if (shownAt == null) {
            throw ApiException.invalid(
                    "formToken", "The form could not be recognised. Please reload the page and send it again.");
        }
        if (shownAt.plus(minFillTime).isAfter(now)) {
            throw ApiException.invalid(
                    "formToken",
                    "The form was sent very quickly after it was shown. Please check your message and send it again"
                            + " in a few seconds.");
        }
        if (shownAt.plus(MAX_AGE).isBefore(now)) {
            throw ApiException.invalid("formToken", "The form has expired. Please reload the page and send it again.");
        }
    }

    private Instant shownAt(String token, UUID areaId) {
        int dot = token.indexOf('.');
        if (dot < 1
                || !SessionCodec.constantTimeEquals(
                        codec.sign(PURPOSE + token.substring(0, dot)), token.substring(dot + 1))) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8)
                    .split(":", -1);
            return parts.length == 2 && UUID.fromString(parts[0]).equals(areaId)
                    ? Instant.ofEpochSecond(Long.parseLong(parts[1]))
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
