package de.ihk.demo;

import de.ihk.changes.ChangeFeedMaintenance;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data (the Schinkel area of Osnabrück and a small fictitious area) on the first
 * start of an empty database. A database that has any area is left alone, so the demo is never
 * duplicated and does not come back after it was removed. Off with DEMO_DATA=false.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final String SCRIPT = "demo/demo-data.sql";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "ihk.demo-data.enabled")
    boolean enabled;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    DemoEditions demoEditions;

    @Inject
    ChangeFeedMaintenance changeFeed;

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (!enabled) {
            return;
        }
        if (!demoMissing()) {
            return;
        }
        // Plain JDBC: the script is SQL text with '?' and ':' in its content, which query parsers would take for
        // parameters.
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(script());
            connection.commit();
            LOG.info("Loaded the demo data into the empty database.");
        }
        changeFeed.recordUnrecorded(); // loaded as SQL, not through the write path
        demoAccounts.create();
        demoEditions.adopt();
    }

    private boolean demoMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet existing = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM area)")) {
            existing.next();
            return !existing.getBoolean(1);
        }
    }

    private static String script() {
        try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("The demo data script " + SCRIPT + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
