package de.ihk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A local council information system for tests: the JDK's HTTP server on a free port of 127.0.0.1, serving OParl 1.1
 * fixtures from {@code src/test/resources/oparl} (the request path, and the query as {@code _page-2}, plus
 * {@code .json}; {@code {{base}}} in a fixture stands for this server's address), answers a test sets with
 * {@link #answer}, and broken answers: {@code /broken/500}, {@code /broken/malformed}, {@code /broken/slow} (5 s,
 * beyond the timeout of the test profile), {@code /broken/redirect-out} (to a private address). One server for all
 * tests, started on first use.
 */
public final class OparlFixtureServer {

    private static OparlFixtureServer instance;

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    private OparlFixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "oparl-fixture");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static synchronized OparlFixtureServer get() {
        if (instance == null) {
            try {
                instance = new OparlFixtureServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The address of the server, e.g. {@code http://127.0.0.1:41234}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The absolute URL of {@code path} on this server. */
    public String url(String path) {
        return base() + path;
    }

    /** Answers {@code path} with {@code json} ({@code {{base}}} replaced) from now on. */
    public void answer(String path, String json) {
        answers.put(path, json);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            switch (path) {
                case "/broken/500" -> send(exchange, 500, "{\"error\":\"Internal Server Error\"}");
                case "/broken/malformed" ->
                    send(exchange, 200, "{\"id\": \"" + base() + "/broken/malformed\", \"type\": ");
                case "/broken/slow" -> {
                    sleep(5000);
                    send(exchange, 200, "{}");
                }
                case "/broken/redirect-out" -> {
                    exchange.getResponseHeaders().add("Location", "http://10.0.0.1/oparl/organization/34");
                    exchange.sendResponseHeaders(302, -1);
                }
                default -> {
                    String json = answers.get(path + (query == null ? "" : "?" + query));
                    if (json == null) {
                        json = fixture(path, query);
                    }
                    if (json == null) {
                        send(exchange, 404, "{\"error\":\"Not found\"}");
                    } else {
                        send(exchange, 200, json.replace("{{base}}", base()));
                    }
                }
            }
        }
    }

    private static String fixture(String path, String query) throws IOException {
        String name = "oparl" + path
                + (query == null ? "" : "_" + query.replace('=', '-').replace('&', '_')) + ".json";
        if (path.contains("..")) {
            return null;
        }
        try (InputStream in = OparlFixtureServer.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
