package de.ihk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The signature against the test vector of the Standard Webhooks reference libraries. */
class WebhookSignaturesTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final byte[] PAYLOAD = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsLikeTheReferenceLibraries() {
        assertThat(WebhookSignatures.sign(SECRET, ID, TIMESTAMP, PAYLOAD)).isEqualTo(SIGNATURE);
    }

    @Test
    void theTestReceiverVerifiesTheReferenceVectorAndRefusesTampering() {
        Instant then = Instant.ofEpochSecond(TIMESTAMP + 10);
        assertThat(WebhookReceiver.verify(SECRET, ID, Long.toString(TIMESTAMP), SIGNATURE, PAYLOAD, then))
                .isTrue();
        assertThat(WebhookReceiver.verify(SECRET, ID, Long.toString(TIMESTAMP), "v1a,xyz " + SIGNATURE, PAYLOAD, then))
                .isTrue();
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookReceiver.verify(SECRET, ID, Long.toString(TIMESTAMP), SIGNATURE, tampered, then))
                .isFalse();
        assertThat(WebhookReceiver.verify(
                        SECRET, ID, Long.toString(TIMESTAMP), SIGNATURE, PAYLOAD, then.plusSeconds(3600)))
                .isFalse();
    }

    @Test
    void newSecretsAre32RandomBytesWithThePrefix() {
        String secret = WebhookSignatures.newSecret();
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(WebhookSignatures.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void readsRetryAfterInSecondsOrAsADate() {
        assertThat(WebhookDispatcher.retryAfter("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(WebhookDispatcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"))
                .isEqualTo(Duration.ZERO);
        assertThat(WebhookDispatcher.retryAfter("soon")).isNull();
        assertThat(WebhookDispatcher.retryAfter(null)).isNull();
    }
}
