package de.ihk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for tests, as a third party would write one: it verifies every message's Standard Webhooks
 * signature with its own implementation of the spec (not the server's code) and answers as told: 2xx, 500, 410, 429,
 * closing the connection without an answer, or not answering within the server's timeout.
 */
final class WebhookReceiver implements AutoCloseable {

    enum Mode {
        OK,
        FAIL,
        GONE,
        CLOSE,
        HANG
    }

    /** One message as received, with the outcome of verifying it. */
    record Message(
            String id,
            String timestamp,
            String signature,
            String contentType,
            String userAgent,
            String body,
            boolean signatureValid,
            Instant receivedAt) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> itemIds() {
            List<String> ids = new ArrayList<>();
            json().path("data")
                    .path("items")
                    .forEach(item -> ids.add(item.path("id").asText()));
            return ids;
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Mode> script = new ConcurrentLinkedDeque<>();
    private volatile Mode otherwise = Mode.OK;
    private volatile String secret;
    final List<Message> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    /** Answers the next requests as listed, then as {@code otherwise}. */
    void script(Mode... modes) {
        script.addAll(List.of(modes));
    }

    void otherwise(Mode mode) {
        this.otherwise = mode;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        received.add(new Message(
                id,
                timestamp,
                signature,
                exchange.getRequestHeaders().getFirst("content-type"),
                exchange.getRequestHeaders().getFirst("user-agent"),
                new String(body, StandardCharsets.UTF_8),
                verify(secret, id, timestamp, signature, body, Instant.now()),
                Instant.now()));
        Mode mode = script.poll();
        switch (mode == null ? otherwise : mode) {
            case OK -> answer(exchange, 204);
            case FAIL -> answer(exchange, 500);
            case GONE -> answer(exchange, 410);
            case CLOSE -> exchange.close(); // before any status line: the client sees the connection end
            case HANG -> {
                sleep(Duration.ofSeconds(4)); // beyond the server's timeout in tests (2 s)
                try {
                    answer(exchange, 204);
                } catch (IOException gone) {
                    // the server gave up waiting and closed the connection
                }
            }
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Standard Webhooks verification: the timestamp within five minutes, and among the space-separated signatures one
     * {@code v1,} whose value equals the base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed with the base64-decoded
     * secret after {@code whsec_}, compared in constant time.
     */
    static boolean verify(String secret, String id, String timestamp, String signatures, byte[] body, Instant now) {
        if (secret == null || id == null || timestamp == null || signatures == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > 300) {
            return false;
        }
        byte[] expected;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
            byte[] signed = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
            byte[] content = new byte[signed.length + body.length];
            System.arraycopy(signed, 0, content, 0, signed.length);
            System.arraycopy(body, 0, content, signed.length, body.length);
            expected = hmac.doFinal(content);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        for (String candidate : signatures.split(" ", -1)) {
            String[] parts = candidate.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")) {
                try {
                    if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                        return true;
                    }
                } catch (IllegalArgumentException notBase64) {
                    // try the next one
                }
            }
        }
        return false;
    }

    /** Waits until {@code condition} holds, failing after {@code timeout}. */
    static void await(Duration timeout, String what, BooleanSupplier condition) {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
