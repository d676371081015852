package de.ihk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Starts the application with its database connections going through a {@link TcpProxy} the test controls. */
public class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

    private static TcpProxy proxy;

    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        URI target = URI.create(url.substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(target.getHost(), target.getPort() == -1 ? 5432 : target.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath();
        return Map.of(
                "quarkus.datasource.jdbc.url",
                proxied,
                "quarkus.datasource.jdbc.acquisition-timeout",
                "2S",
                "quarkus.datasource.jdbc.login-timeout",
                "2S");
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
