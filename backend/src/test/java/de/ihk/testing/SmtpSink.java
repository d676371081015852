package de.ihk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real local SMTP server for the mail tests: Debian's python3-aiosmtpd running src/test/resources/smtp-sink.py, which
 * writes every message it receives to a directory, one JSON file each (envelope, headers, decoded text and HTML).
 * {@code make smtp-sink} installs the package.
 */
public final class SmtpSink implements AutoCloseable {

    /** The Debian python3 that python3-aiosmtpd is installed for (not a python3 of pyenv or a virtualenv). */
    private static final String PYTHON = System.getenv().getOrDefault("SMTP_SINK_PYTHON", "/usr/bin/python3");

    private final int port;
    private final Path directory;
    private Process process;

    public record Message(String mailFrom, List<String> rcptTos, JsonNode headers, String text, String html) {

        public String header(String name) {
            JsonNode value = headers.get(name);
            return value == null ? null : value.asText();
        }
    }

    private SmtpSink(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    /** Starts a server on {@code port} and waits until it accepts connections. */
    public static SmtpSink start(int port) {
        try {
            SmtpSink sink = new SmtpSink(port, Files.createTempDirectory("smtp-sink"));
            sink.restart();
            return sink;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (again, after {@link #stop}), keeping the messages received so far. */
    public void restart() {
        Path script = Path.of("src", "test", "resources", "smtp-sink.py").toAbsolutePath();
        try {
            process = new ProcessBuilder(PYTHON, script.toString(), Integer.toString(port), directory.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory
                            .resolveSibling(directory.getFileName() + ".log")
                            .toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The SMTP sink did not start (is python3-aiosmtpd installed? make smtp-sink)");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException e) {
                sleep(100);
            }
        }
        throw new IllegalStateException("The SMTP sink did not listen on port " + port + " in time");
    }

    /** Stops the server: connections to its port are refused, as of an SMTP server that is down. */
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** The messages received so far, oldest first. */
    public List<Message> messages() {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(directory)) {
            List<Message> messages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList()) {
                JsonNode node = json.readTree(file.toFile());
                List<String> rcptTos = new ArrayList<>();
                node.get("rcptTos").forEach(r -> rcptTos.add(r.asText()));
                messages.add(new Message(
                        node.get("mailFrom").asText(),
                        rcptTos,
                        node.get("headers"),
                        node.path("text").asText(null),
                        node.path("html").asText(null)));
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the messages received so far. */
    public void clear() {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
