package de.ihk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Requests that are refused below Quarkus REST (by Vert.x or by Quarkus's HTTP layer) still get a problem+json body.
 * They are sent over a raw socket, since an HTTP client would not send most of them.
 */
@QuarkusTest
class HttpLayerProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBarePercentSignInThePathIsAMalformedRequestAndTheConnectionStaysUsable() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /api/v1/areas/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Answer answer = read(socket);
            assertProblem(answer, 400, "/problems/malformed-request");
            assertThat(answer.problem().get("instance").asText()).isEqualTo("/api/v1/areas/%zz");
            assertThat(answer.problem().get("detail").asText()).contains("percent-encoded");

            send(socket, "GET /api/v1/areas HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n");
            assertThat(read(socket).status()).isEqualTo(200);
        }
    }

    @Test
    void charactersThatMustBeEncodedMakeAMalformedRequest() throws IOException {
        for (String target : new String[] {"/api/v1/areas/{slug}", "/api/v1/areas?q=a%2", "/api/v1/areas/a|b"}) {
            Answer answer = exchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertProblem(answer, 400, "/problems/malformed-request");
        }
    }

    @Test
    void aUriOverTheLimitIsTooLongAndTheConnectionIsClosed() throws IOException {
        String query = "a".repeat(HttpLayerProblems.MAX_URI_LENGTH);
        try (Socket socket = connect()) {
            send(socket, "GET /api/v1/areas?q=" + query + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Answer answer = read(socket);
            assertProblem(answer, 414, "/problems/uri-too-long");
            assertThat(answer.header("connection")).isEqualToIgnoringCase("close");
            assertClosed(socket);
        }
    }

    @Test
    void headerFieldsOverTheLimitAreTooLargeAndTheConnectionIsClosed() throws IOException {
        String cookie = "c".repeat(HttpLayerProblems.MAX_HEADER_BYTES);
        try (Socket socket = connect()) {
            send(socket, "GET /api/v1/areas HTTP/1.1\r\nHost: localhost\r\nCookie: x=" + cookie + "\r\n\r\n");
            Answer answer = read(socket);
            assertProblem(answer, 431, "/problems/request-header-fields-too-large");
            assertThat(answer.problem().get("instance").asText()).isEqualTo("/api/v1/areas");
            assertThat(answer.header("connection")).isEqualToIgnoringCase("close");
            assertClosed(socket);
        }
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsTooLargeAndTheConnectionIsClosed() throws Exception {
        try (Socket socket = connect()) {
            send(
                    socket,
                    head(
                            "POST /api/v1/auth/login HTTP/1.1",
                            "Host: localhost",
                            "Content-Type: application/json",
                            "Transfer-Encoding: chunked"));
            // The server stops reading at 1 MiB and closes the connection, so the body goes out beside the reading.
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
                try {
                    byte[] chunk = "{\"username\": \""
                            .concat("a".repeat(64 * 1024 - 14))
                            .getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 20; i++) {
                        send(socket, Integer.toHexString(chunk.length) + "\r\n");
                        socket.getOutputStream().write(chunk);
                        send(socket, "\r\n");
                        chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                    }
                    send(socket, "0\r\n\r\n");
                } catch (IOException closedByTheServer) {
                    // expected once the server has answered
                }
            });
            Answer answer = read(socket);
            assertProblem(answer, 413, "/problems/payload-too-large");
            assertThat(answer.problem().get("instance").asText()).isEqualTo("/api/v1/auth/login");
            assertThat(answer.header("connection")).isEqualToIgnoringCase("close");
            assertClosed(socket);
            upload.get();
        }
    }

    @Test
    void aSmallChunkedBodyIsStillRead() throws IOException {
        String body = "{\"username\": \"nobody-" + java.util.UUID.randomUUID() + "\", \"password\": \"wrong\"}";
        Answer answer = exchange(head(
                        "POST /api/v1/auth/login HTTP/1.1",
                        "Host: localhost",
                        "Content-Type: application/json",
                        "Transfer-Encoding: chunked")
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");
        assertProblem(answer, 401, "/problems/unauthorized");
    }

    @Test
    void aDeclaredLengthOverTheHardStopOfVertxIsTooLargeAsProblemJson() throws IOException {
        try (Socket socket = connect()) {
            send(
                    socket,
                    head(
                            "POST /api/v1/areas HTTP/1.1",
                            "Host: localhost",
                            "Content-Type: application/json",
                            "Content-Length: 3000000",
                            "Expect: 100-continue"));
            Answer answer = read(socket);
            assertProblem(answer, 413, "/problems/payload-too-large");
            assertThat(answer.header("connection")).isEqualToIgnoringCase("close");
            assertClosed(socket);
        }
    }

    @Test
    void aRequestWithoutHostIsMalformed() throws IOException {
        Answer answer = exchange("GET /api/v1/areas HTTP/1.1\r\nAccept: application/json\r\n\r\n");
        assertProblem(answer, 400, "/problems/malformed-request");
        assertThat(answer.problem().get("detail").asText()).contains("Host header");
    }

    @Test
    void aTargetThatIsNotAPathIsNotFound() throws IOException {
        Answer answer = exchange("GET api/v1/areas HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertProblem(answer, 404, "/problems/not-found");
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("content-type")).as(answer.toString()).isEqualTo("application/problem+json");
        JsonNode problem = answer.problem();
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    /** The server closes the connection: the next read sees its end, or a reset. */
    private static void assertClosed(Socket socket) throws IOException {
        socket.setSoTimeout(5000);
        try {
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open", e);
        } catch (IOException reset) {
            // closed with unread data on its side
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private Answer exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            send(socket, request);
            return read(socket);
        }
    }

    /** A request line and headers, each ended by CRLF, and the empty line that ends the head. */
    private static String head(String... lines) {
        return String.join("\r\n", lines) + "\r\n\r\n";
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads one response with a Content-Length body, skipping interim (1xx) responses. */
    private static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        while (true) {
            String head = readHead(in);
            String[] lines = head.split("\r\n", -1);
            int status = Integer.parseInt(lines[0].split(" ", -1)[1]);
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            if (status < 200) {
                continue;
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before a response; got: " + head);
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).trim();
    }

    private record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name);
        }

        JsonNode problem() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
