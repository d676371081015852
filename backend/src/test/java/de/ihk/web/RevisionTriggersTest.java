package de.ihk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The answer cache serves a public answer until a commit raises a revision it was computed from (see AnswerRevisions);
 * a table whose changes raise none would let it serve stale answers. So every table of the schema is accounted for:
 * rows that belong to an area (found through the foreign keys leading to it) raise their area's revision, rows shown
 * across areas raise the global one, and every other table is listed below with the reason it never changes a public
 * answer. A new table fails this test until it is one or the other.
 */
@QuarkusTest
class RevisionTriggersTest {

    /** Tables that are never part of an answer the cache keeps, and why. */
    private static final Map<String, String> NOT_IN_PUBLIC_ANSWERS = Map.ofEntries(
            Map.entry("account", "accounts are answered to admins only, never cached"),
            Map.entry("account_area", "accounts"),
            Map.entry("account_actor", "accounts"),
            Map.entry("api_token", "tokens are answered to admins only, never cached"),
            Map.entry("api_token_area", "tokens"),
            Map.entry("api_token_actor", "tokens"),
            Map.entry("login_throttle", "login bookkeeping"),
            Map.entry("server_secret", "the key that signs sessions"),
            Map.entry("admin_setup", "the hash of the one-time link for the first administrator"),
            Map.entry("revision", "histories are not cached (AnswerCacheFilter skips them)"),
            Map.entry("area_revision", "the revisions themselves"),
            Map.entry("global_revision", "the revisions themselves"),
            Map.entry(
                    "calendar_day",
                    "bookkeeping of the date; the presentations it changes raise their area's revision"),
            Map.entry("webhook", "webhook subscriptions are answered to admins only, never cached"),
            Map.entry("webhook_dispatch", "where webhook delivery stands"),
            Map.entry("webhook_delivery", "webhook delivery attempts, answered to admins only"),
            Map.entry("change_log", "the change feed, whose answers are never cached"),
            Map.entry("change_feed_state", "where the change feed stands, never in a cached answer"),
            Map.entry(
                    "edition_snapshot",
                    "written once, when its edition is adopted through the write path, which raises the area's"
                            + " revision; the stored PDF is a rendering of it"),
            Map.entry("digest", "reminder digests: mails to their accounts, never in an answer"),
            Map.entry("oparl_sync_lease", "which instance synchronises with the council information system"),
            Map.entry("flyway_schema_history", "schema migrations"));

    /** Records shared by the areas of a municipality or by all, shown in answers about any area. */
    private static final Set<String> SHOWN_ACROSS_AREAS = Set.of("actor", "committee", "target_group");

    @Inject
    DataSource dataSource;

    @Test
    void everyTableIsCoveredByARevisionTriggerOrNeverInAPublicAnswer() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            Set<String> tables = strings(
                    sql,
                    "SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
            Map<String, Set<String>> bumps = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("""
                    SELECT c.relname, p.proname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                    JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal AND p.proname LIKE '%revision%'""")) {
                while (rows.next()) {
                    bumps.computeIfAbsent(rows.getString(1), table -> new HashSet<>())
                            .add(rows.getString(2));
                }
            }
            Set<String> ofAreas = belongingToAreas(sql);

            Set<String> uncovered = new TreeSet<>();
            for (String table : tables) {
                Set<String> functions = bumps.getOrDefault(table, Set.of());
                boolean global = functions.contains("bump_global_revision");
                boolean area = functions.stream().anyMatch(f -> !f.equals("bump_global_revision"));
                if (NOT_IN_PUBLIC_ANSWERS.containsKey(table)) {
                    continue;
                }
                if (SHOWN_ACROSS_AREAS.contains(table) ? !global : !area) {
                    uncovered.add(table);
                }
            }
            assertThat(uncovered).as("tables whose changes raise no revision").isEmpty();
            assertThat(ofAreas)
                    .as("tables found to belong to areas")
                    .contains(
                            "measure",
                            "action_step",
                            "measure_need",
                            "need_target_group",
                            "presentation_measure",
                            "edition");
            assertThat(ofAreas)
                    .as("tables of areas must raise the area's revision, not only the global one")
                    .allMatch(table -> NOT_IN_PUBLIC_ANSWERS.containsKey(table)
                            || table.equals("area")
                            || bumps.getOrDefault(table, Set.of()).stream()
                                    .anyMatch(f -> !f.equals("bump_global_revision")));
        }
    }

    @Test
    void aTransactionRaisesItsAreasRevisionOnceHoweverManyRowsItChanges() throws SQLException {
        UUID area = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO area (id, slug, name, municipality, programme, publication_status) VALUES ('"
                    + area + "', 'revision-" + area + "', 'Revisionen', 'Stadt R', 'Sozialer Zusammenhalt', 'DRAFT')");
            long created = revision(sql, area);

            connection.setAutoCommit(false);
            for (int n = 0; n < 50; n++) {
                sql.executeUpdate(
                        "INSERT INTO action_field (id, area_id, code, title, position, color, publication_status)"
                                + " VALUES (gen_random_uuid(), '" + area + "', 'HF" + n + "', 'Feld " + n + "', " + n
                                + ", '#336699', 'DRAFT')");
            }
            sql.executeUpdate("UPDATE area SET name = 'Revisionen 2' WHERE id = '" + area + "'");
            connection.commit();
            assertThat(revision(sql, area))
                    .as("after 51 changed rows in one transaction")
                    .isEqualTo(created + 1);

            sql.executeUpdate("UPDATE action_field SET title = title || '!' WHERE area_id = '" + area + "'");
            connection.commit();
            sql.executeUpdate("UPDATE area SET name = 'Revisionen 3' WHERE id = '" + area + "'");
            connection.commit();
            assertThat(revision(sql, area)).as("after two more transactions").isEqualTo(created + 3);

            sql.executeUpdate("DELETE FROM action_field WHERE area_id = '" + area + "'");
            sql.executeUpdate("DELETE FROM area WHERE id = '" + area + "'");
            connection.commit();
        }
    }

    private static long revision(Statement sql, UUID area) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT revision FROM area_revision WHERE area_id = '" + area + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The tables whose rows reach the area through foreign keys. */
    private static Set<String> belongingToAreas(Statement sql) throws SQLException {
        Map<String, Set<String>> referencedBy = new HashMap<>();
        try (ResultSet rows = sql.executeQuery("""
                SELECT child.relname, parent.relname FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                WHERE k.contype = 'f'""")) {
            while (rows.next()) {
                referencedBy
                        .computeIfAbsent(rows.getString(2), parent -> new HashSet<>())
                        .add(rows.getString(1));
            }
        }
        Set<String> found = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(Set.of("area"));
        while (!next.isEmpty()) {
            for (String child : referencedBy.getOrDefault(next.pop(), Set.of())) {
                if (!SHOWN_ACROSS_AREAS.contains(child) && found.add(child)) {
                    next.push(child);
                }
            }
        }
        return found;
    }

    private static Set<String> strings(Statement sql, String query) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
