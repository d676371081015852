package de.ihk.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a council information system through its OParl API (1.0 and 1.1). Every call, each page of a list and each
 * redirect is checked against {@link OutboundUrls#mayCall} first; answers are limited in time and size; whatever goes
 * wrong (unreachable, timeout, an answer other than 2xx, no JSON, an object of another type) is an
 * {@link OparlException} with a message for people.
 */
@ApplicationScoped
public class OparlClient {

    private static final int MAX_REDIRECTS = 3;

    /** Lenient reading: some servers send unescaped control characters in strings. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    @Inject
    OutboundUrls outboundUrls;

    @ConfigProperty(name = "ihk.oparl.connect-timeout", defaultValue = "5S")
    Duration connectTimeout;

    @ConfigProperty(name = "ihk.oparl.request-timeout", defaultValue = "15S")
    Duration requestTimeout;

    @ConfigProperty(name = "ihk.oparl.max-answer-bytes", defaultValue = "5000000")
    int maxAnswerBytes;

    @ConfigProperty(name = "ihk.oparl.max-pages", defaultValue = "50")
    int maxPages;

    @ConfigProperty(name = "ihk.oparl.list-time-limit", defaultValue = "60S")
    Duration listTimeLimit;

    private volatile HttpClient client;

    /** The object at {@code url}, which must be of the OParl type {@code type} (e.g. {@code Organization}). */
    public JsonNode object(String url, String type) {
        JsonNode node = get(uri(url));
        if (!node.isObject()) {
            throw new OparlException(url + " does not answer with an OParl object.");
        }
        if (!isType(node, type) && !isDeleted(node)) {
            String actual = node.path("type").asText("");
            throw new OparlException(url + " is not an OParl " + type
                    + (actual.isEmpty() ? " (the answer has no type)." : " but of type " + actual + "."));
        }
        return node;
    }

    /** Every object of the list at {@code url}, following {@code links.next} up to the configured page and time limits. */
    public ListResult list(String url) {
        long deadline = System.nanoTime() + listTimeLimit.toNanos();
        List<JsonNode> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String next = url;
        int pages = 0;
        while (next != null) {
            if (pages == maxPages || System.nanoTime() > deadline) {
                return new ListResult(items, pages, true);
            }
            if (!seen.add(next)) {
                break; // a server that links a page to itself
            }
            JsonNode page = get(uri(next));
            pages++;
            JsonNode data = page.isArray() ? page : page.get("data"); // bare arrays: some servers' empty lists
            if (data == null || !data.isArray()) {
                throw new OparlException(next + " does not answer with an OParl list (no \"data\").");
            }
            data.forEach(items::add);
            JsonNode link = page.path("links").path("next");
            next = link.isTextual() && !link.asText().isBlank()
                    ? resolve(next, link.asText().strip())
                    : null;
        }
        return new ListResult(items, pages, false);
    }

    /** Objects of a list, how many pages were read, and whether the limits stopped the reading early. */
    public record ListResult(List<JsonNode> items, int pages, boolean truncated) {}

    /** Whether {@code node} is of the OParl type (1.0 or 1.1; only the last segment of {@code type} is compared). */
    public static boolean isType(JsonNode node, String type) {
        String value = node.path("type").asText("");
        return value.startsWith("https://schema.oparl.org/") && value.endsWith("/" + type);
    }

    /** Whether the object is marked deleted (OParl's soft deletion: id, type, created and {@code deleted: true}). */
    public static boolean isDeleted(JsonNode node) {
        return node.path("deleted").asBoolean(false);
    }

    /** A link of a page, made absolute against the page's URL (a few servers write relative ones). */
    private static String resolve(String page, String link) {
        try {
            return new URI(page).resolve(link).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link; // uri() refuses it with a clear message
        }
    }

    /** The parsed URL, if the server may call it. */
    private URI uri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new OparlException("The council information system gave an invalid address: " + url);
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !outboundUrls.mayCall(uri)) {
            throw new OparlException("The server may not call " + url
                    + " (only https to public addresses; see OUTBOUND_ALLOW_LOCAL in the operations guide).");
        }
        return uri;
    }

    private JsonNode get(URI start) {
        URI uri = start;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300
                    && status < 400
                    && response.headers().firstValue("Location").isPresent()) {
                close(response.body());
                if (redirects == MAX_REDIRECTS) {
                    throw new OparlException(start + " redirects too often.");
                }
                uri = uri(uri.resolve(response.headers().firstValue("Location").get())
                        .toString());
                continue;
            }
            byte[] body = read(uri, response.body());
            if (status < 200 || status >= 300) {
                throw new OparlException(
                        "The council information system answered " + uri + " with HTTP " + status + ".");
            }
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new OparlException("The council information system answered " + uri + " with malformed JSON.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", "IHK-OParl-Client/1.0")
                .GET()
                .build();
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new OparlException(
                    "The council information system at " + uri.getHost() + " could not be reached in time.");
        } catch (HttpTimeoutException e) {
            throw new OparlException("The council information system did not answer " + uri + " within "
                    + requestTimeout.toSeconds() + " seconds.");
        } catch (ConnectException e) {
            throw new OparlException("The council information system at " + uri.getHost() + " cannot be reached.");
        } catch (IOException e) {
            throw new OparlException("The connection to the council information system at " + uri.getHost()
                    + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OparlException("The call of the council information system was interrupted.");
        }
    }

    /** The body, at most {@code maxAnswerBytes}, read within the request timeout (a body may stall after the headers). */
    private byte[] read(URI uri, InputStream body) {
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try (body) {
                byte[] bytes = body.readNBytes(maxAnswerBytes + 1);
                if (bytes.length > maxAnswerBytes) {
                    throw new OparlException("The answer of the council information system to " + uri
                            + " is larger than " + maxAnswerBytes + " bytes.");
                }
                return bytes;
            } catch (IOException e) {
                throw new OparlException("The answer of the council information system to " + uri + " broke off.");
            }
        });
        try {
            return reading.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close(body);
            throw new OparlException("The council information system did not answer " + uri + " within "
                    + requestTimeout.toSeconds() + " seconds.");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof OparlException o
                    ? o
                    : new OparlException("Reading the answer to " + uri + " failed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OparlException("The call of the council information system was interrupted.");
        }
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // nothing more to read from it anyway
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER) // each redirect is checked by uri()
                            .build();
                }
                c = client;
            }
        }
        return c;
    }
}
