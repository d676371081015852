package de.ihk.webhook;

import static de.ihk.testing.Api.api;
import static de.ihk.webhook.WebhookReceiver.await;
import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.testing.Fixtures;
import de.ihk.testing.WebhooksDelivering;
import de.ihk.webhook.WebhookReceiver.Message;
import de.ihk.webhook.WebhookReceiver.Mode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery of the change feed to webhook receivers, against a local receiver that verifies the signatures itself. The
 * test profile retries after about 1 s, 1 s and 1 s, times out after 2 s and leases a subscription for 5 s.
 */
@QuarkusTest
@TestProfile(WebhooksDelivering.class)
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DataSource dataSource;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private String slug;

    @BeforeEach
    void publishedArea() {
        slug = Fixtures.unique("area");
        Map<String, Object> body = new HashMap<>(Fixtures.areaBody(slug, slug));
        body.put("publicationStatus", "PUBLISHED");
        api().body(body).post("/api/v1/areas").then().statusCode(201);
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    /** Subscribes the receiver to everything of this test's area; returns the subscription's id. */
    private String subscribe(WebhookReceiver receiver) {
        JsonPath created = api().body(Map.of("url", receiver.url(), "events", List.of("*"), "areas", List.of(slug)))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        receiver.secret(created.getString("secret"));
        return created.getString("webhook.id");
    }

    /** A published change in the area (a new action field); returns the record's id. */
    private String change() {
        return api().body(Map.of(
                        "code", "H" + UUID.randomUUID().toString().substring(0, 6),
                        "title", "Handlungsfeld",
                        "goal", "Ziel",
                        "position", 1,
                        "publicationStatus", "PUBLISHED"))
                .post("/api/v1/areas/{slug}/action-fields", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The items of every message but the first, in the order they arrived. */
    private static List<String> afterFirst(WebhookReceiver receiver) {
        List<Message> received = List.copyOf(receiver.received);
        return received.subList(Math.min(1, received.size()), received.size()).stream()
                .flatMap(m -> m.itemIds().stream())
                .toList();
    }

    private static List<String> deliveredIds(WebhookReceiver receiver) {
        return receiver.received.stream()
                .filter(m -> m.signatureValid())
                .flatMap(m -> m.itemIds().stream())
                .toList();
    }

    private static JsonPath deliveries(String webhookId) {
        return api().get("/api/v1/webhooks/{id}/deliveries", webhookId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aWriteIsDeliveredSignedAsStandardWebhooksSaysAndListed() throws Exception {
        WebhookReceiver receiver = receiver();
        String webhookId = subscribe(receiver);
        String fieldId = change();

        await(
                PATIENCE,
                "the change at the receiver",
                () -> deliveredIds(receiver).contains(fieldId));
        Message message = receiver.received.get(0);
        assertThat(message.signatureValid()).isTrue();
        assertThat(message.id()).matches(webhookId + "_[0-9]+_[0-9]+").doesNotContain(".");
        assertThat(Long.parseLong(message.timestamp()))
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
        assertThat(message.signature()).startsWith("v1,");
        assertThat(message.contentType()).isEqualTo("application/json");
        assertThat(message.userAgent()).startsWith("IHK-Webhooks/");
        var json = message.json();
        assertThat(json.path("type").asText()).isEqualTo("changes");
        assertThat(Instant.parse(json.path("timestamp").asText()))
                .isBefore(Instant.now().plusSeconds(1));
        var item = json.path("data").path("items").get(0);
        assertThat(item.path("recordType").asText()).isEqualTo("ACTION_FIELD");
        assertThat(item.path("action").asText()).isEqualTo("UPSERT");
        assertThat(item.path("id").asText()).isEqualTo(fieldId);
        assertThat(item.path("areaSlug").asText()).isEqualTo(slug);
        assertThat(item.has("position")).isFalse();

        await(PATIENCE, "the delivery listed", () -> deliveries(webhookId).getInt("totalItems") == 1);
        JsonPath listed = deliveries(webhookId);
        assertThat(listed.getString("items[0].webhookId")).isEqualTo(message.id());
        assertThat(listed.getInt("items[0].status")).isEqualTo(204);
        assertThat(listed.getInt("items[0].attempt")).isEqualTo(1);
        assertThat(listed.getInt("items[0].items")).isEqualTo(1);
        assertThat(listed.getString("items[0].error")).isNull();
        api().get("/api/v1/webhooks/{id}", webhookId)
                .then()
                .body("delivery.lastSuccessAt", org.hamcrest.Matchers.notNullValue())
                .body("delivery.failedAttempts", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aFailedBatchIsSentAgainWithTheSameWebhookIdAfterAnErrorAClosedConnectionAndATimeout() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.script(Mode.FAIL, Mode.CLOSE, Mode.HANG);
        String webhookId = subscribe(receiver);
        String fieldId = change();

        await(PATIENCE, "the fourth attempt", () -> receiver.received.size() >= 4);
        List<Message> attempts = receiver.received.subList(0, 4);
        assertThat(attempts)
                .extracting(Message::id)
                .containsOnly(attempts.get(0).id());
        assertThat(attempts)
                .extracting(Message::body)
                .containsOnly(attempts.get(0).body());
        assertThat(attempts).allMatch(Message::signatureValid);
        // the write may be more than one change (the records that show it change too): it arrives in this or a later
        // batch
        await(
                PATIENCE,
                "the change at the receiver",
                () -> deliveredIds(receiver).contains(fieldId));
        await(PATIENCE, "four deliveries listed", () -> deliveries(webhookId).getInt("totalItems") >= 4);
        JsonPath listed = deliveries(webhookId);
        int n = listed.getInt("totalItems");
        String first = "items[" + (n - 1) + "]"; // newest first: the oldest four are the attempts of the first batch
        assertThat(listed.getInt(first + ".attempt")).isEqualTo(1);
        assertThat(listed.getInt(first + ".status")).isEqualTo(500);
        assertThat(listed.getString("items[" + (n - 2) + "].error")).startsWith("Connection");
        assertThat(listed.getString("items[" + (n - 3) + "].error")).contains("No answer within 2 s");
        assertThat(listed.getInt("items[" + (n - 4) + "].attempt")).isEqualTo(4);
        assertThat(listed.getInt("items[" + (n - 4) + "].status")).isEqualTo(204);
        for (int i = n - 4; i < n; i++) {
            assertThat(listed.getString("items[" + i + "].webhookId"))
                    .isEqualTo(attempts.get(0).id());
        }
        api().get("/api/v1/webhooks/{id}", webhookId)
                .then()
                .body("state", org.hamcrest.Matchers.equalTo("ACTIVE"))
                .body("delivery.failedAttempts", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void changesArriveInTheOrderTheyWereMadeEvenAcrossRetries() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.script(Mode.FAIL);
        subscribe(receiver);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            made.add(change());
        }
        // The first attempt fails and the receiver must not count it: wait until the retries brought everything.
        await(
                PATIENCE,
                "every change delivered after the failed attempt",
                () -> new HashSet<>(afterFirst(receiver)).containsAll(made));
        List<String> succeeded = afterFirst(receiver);
        assertThat(succeeded).containsExactlyElementsOf(made);
    }

    @Test
    void aFailingReceiverDoesNotDelayAnother() throws Exception {
        WebhookReceiver hanging = receiver();
        hanging.otherwise(Mode.HANG);
        WebhookReceiver failing = receiver();
        failing.otherwise(Mode.FAIL);
        WebhookReceiver healthy = receiver();
        subscribe(hanging);
        subscribe(failing);
        subscribe(healthy);

        // Each change reaches the healthy receiver while the others keep hanging and failing (a shared machine may
        // be slow, so the bound is generous; a dispatcher that waited for the hanging receiver would miss it).
        for (int i = 0; i < 3; i++) {
            String fieldId = change();
            await(
                    Duration.ofSeconds(6),
                    "the healthy receiver within 6 s",
                    () -> deliveredIds(healthy).contains(fieldId));
        }
        assertThat(hanging.received).isNotEmpty();
        assertThat(failing.received).isNotEmpty();
    }

    @Test
    void aSubscriptionIsDisabledWhenTheRetriesAreUsedUpAndResumesTheSameBatchWhenEnabled() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.otherwise(Mode.FAIL);
        String webhookId = subscribe(receiver);
        String fieldId = change();

        await(
                PATIENCE,
                "the subscription disabled",
                () -> "DISABLED"
                        .equals(api().get("/api/v1/webhooks/{id}", webhookId)
                                .then()
                                .extract()
                                .path("state")));
        assertThat(receiver.received).hasSize(4); // the first attempt and three retries
        JsonPath webhook =
                api().get("/api/v1/webhooks/{id}", webhookId).then().extract().jsonPath();
        assertThat(webhook.getString("disabledReason"))
                .contains("failed 4 times")
                .contains("500");
        assertThat(webhook.getString("disabledAt")).isNotNull();
        assertThat(webhook.getInt("delivery.failedAttempts")).isEqualTo(4);
        Thread.sleep(1500);
        assertThat(receiver.received).hasSize(4); // nothing more while disabled

        receiver.otherwise(Mode.OK);
        api().post("/api/v1/webhooks/{id}/enable", webhookId).then().statusCode(200);
        await(PATIENCE, "the batch after enabling", () -> receiver.received.size() >= 5);
        assertThat(receiver.received.get(4).id())
                .isEqualTo(receiver.received.get(0).id());
        await(
                PATIENCE,
                "the change after enabling",
                () -> deliveredIds(receiver).contains(fieldId));
    }

    @Test
    void aReceiverThatAnswers410GoneIsDisabledAtOnce() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.otherwise(Mode.GONE);
        String webhookId = subscribe(receiver);
        change();
        await(
                PATIENCE,
                "the subscription disabled",
                () -> "DISABLED"
                        .equals(api().get("/api/v1/webhooks/{id}", webhookId)
                                .then()
                                .extract()
                                .path("state")));
        assertThat(receiver.received).hasSize(1);
        api().get("/api/v1/webhooks/{id}", webhookId)
                .then()
                .body("disabledReason", org.hamcrest.Matchers.containsString("410"));
    }

    @Test
    void twoDispatchersRunningAtOnceDeliverEveryChangeOnce() throws Exception {
        WebhookReceiver receiver = receiver();
        subscribe(receiver);
        List<String> made = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                made.add(change());
                made.add(change());
                List<Future<Integer>> runs =
                        List.of(threads.submit(dispatcher::runOnce), threads.submit(dispatcher::runOnce));
                for (Future<Integer> run : runs) {
                    run.get();
                }
            }
        } finally {
            threads.shutdown();
        }
        await(PATIENCE, "every change at the receiver", () -> new HashSet<>(deliveredIds(receiver)).containsAll(made));
        Thread.sleep(1500); // a double delivery would arrive by now
        assertThat(deliveredIds(receiver)).containsExactlyElementsOf(made);
        Set<String> ids = new HashSet<>();
        assertThat(receiver.received).allMatch(m -> ids.add(m.id()));
    }

    @Test
    void aClaimNeverLeasesMoreSubscriptionsThanItAsksForWhileOthersChangeThem() throws Exception {
        for (int k = 0; k < 6; k++) {
            subscribe(receiver());
        }
        change();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 40; round++) {
                List<Future<Integer>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    runs.add(threads.submit(() -> dispatcher.claim(1).size()));
                    runs.add(threads.submit(this::endEveryLease));
                }
                for (Future<Integer> run : runs) {
                    assertThat(run.get()).isLessThanOrEqualTo(6);
                }
                for (int t = 0; t < runs.size(); t += 2) {
                    assertThat(runs.get(t).get())
                            .as("subscriptions leased by claim(1)")
                            .isLessThanOrEqualTo(1);
                }
            }
        } finally {
            threads.shutdown();
        }
    }

    /** Ends every lease, as finishing workers do; returns how many it ended. */
    private int endEveryLease() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE webhook_dispatch SET leased_until = NULL, lease_id = NULL WHERE leased_until IS NOT NULL")) {
            return Math.min(update.executeUpdate(), 6);
        }
    }

    @Test
    void aBatchClaimedByAnInstanceThatStoppedIsDeliveredByAnotherWhenTheLeaseEnds() throws Exception {
        WebhookReceiver receiver = receiver();
        String webhookId = subscribe(receiver);
        // an instance claims the subscription and stops before it calls the receiver (as in a crash or a restart)
        Instant claimed = Instant.now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lease = connection.prepareStatement(
                        "UPDATE webhook_dispatch SET leased_until = now() + interval '4 seconds',"
                                + " lease_id = gen_random_uuid() WHERE webhook_id = ?")) {
            lease.setObject(1, UUID.fromString(webhookId));
            assertThat(lease.executeUpdate()).isEqualTo(1);
        }
        String fieldId = change();
        Thread.sleep(2000);
        assertThat(receiver.received).isEmpty();

        await(
                PATIENCE,
                "the change after the lease ended",
                () -> deliveredIds(receiver).contains(fieldId));
        assertThat(receiver.received.get(0).receivedAt()).isAfter(claimed.plusSeconds(3));
        assertThat(receiver.received).hasSize(1);
    }
}
