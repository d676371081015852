package de.ihk.reminder;

import de.ihk.auth.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a digest's unsubscribe link: the account id and an HMAC-SHA256 of it under a server secret kept in the
 * database (so that every instance verifies the links of every other), both base64url. It never expires: an old mail's
 * link still unsubscribes, which is what its reader expects.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Inject
    ServerSecrets secrets;

    public String of(UUID accountId) {
        byte[] id = bytes(accountId);
        return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(mac(id));
    }

    /** The account the token was made for; empty when it is malformed or its signature does not match. */
    public Optional<UUID> verify(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] id = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (id.length != 16 || !MessageDigest.isEqual(signature, mac(id))) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }

    private byte[] mac(byte[] id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.unsubscribeKey(), "HmacSHA256"));
            mac.update("unsubscribe:".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(id);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
