package de.ihk.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import de.ihk.access.CurrentUser;
import de.ihk.write.RecordChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the change history from the changes of the write path, inside the writing transaction: a change that fails
 * leaves no revision, and every revision names the fields as the API does. Each revision keeps two lists of field
 * changes: what readers who see drafts saw change, and what readers without draft rights saw change (nothing, when the
 * record was not public before or after, or when only drafts it shows changed).
 */
@ApplicationScoped
public class History {

    /** Fields that change with every write and say nothing of their own. */
    private static final Set<String> IGNORED = Set.of("id", "version", "createdAt", "updatedAt");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    void record(@Observes RecordChange change) {
        List<RevisionDto.Change> changes = diff(change.before(), change.after());
        if (changes.isEmpty() && change.action() == RecordChange.Action.UPDATED) {
            return;
        }
        List<RevisionDto.Change> publicChanges = diff(change.publicBefore(), change.publicAfter());
        try {
            em.createNativeQuery("""
                            INSERT INTO revision (id, record_type, record_id, area_id, record_label, action, author_id, author_name,
                                                  author_role, via_token, changed_at, changes, public_changes)
                            VALUES (:id, :type, :recordId, :areaId, :label, :action, :authorId, :authorName,
                                    :role, :viaToken, :changedAt, CAST(:changes AS jsonb),
                                    NULLIF(CAST(:publicChanges AS jsonb), 'null'))""")
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("type", change.type().name())
                    .setParameter("recordId", change.id())
                    .setParameter("areaId", change.areaId())
                    .setParameter(
                            "label",
                            change.label().length() > 300 ? change.label().substring(0, 300) : change.label())
                    .setParameter("action", change.action().name())
                    .setParameter("authorId", user.accountId() != null ? user.accountId() : user.tokenId())
                    .setParameter("authorName", user.name())
                    .setParameter("role", user.role().name())
                    .setParameter("viaToken", user.tokenId() != null)
                    .setParameter("changedAt", Instant.now(clock).truncatedTo(ChronoUnit.MICROS))
                    .setParameter("changes", mapper.writeValueAsString(changes))
                    .setParameter(
                            "publicChanges",
                            publicChanges.isEmpty() ? "null" : mapper.writeValueAsString(publicChanges))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields that differ between two representations (null: the record did not exist, or was not seen). */
    private static List<RevisionDto.Change> diff(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            before.fieldNames().forEachRemaining(fields::add);
        }
        if (after != null) {
            after.fieldNames().forEachRemaining(fields::add);
        }
        List<RevisionDto.Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode old = valueOf(before, field);
            JsonNode now = valueOf(after, field);
            if (!IGNORED.contains(field) && !old.equals(now)) {
                changes.add(new RevisionDto.Change(field, old, now));
            }
        }
        return changes;
    }

    private static JsonNode valueOf(JsonNode representation, String field) {
        JsonNode value = representation == null ? null : representation.get(field);
        return value == null ? NullNode.getInstance() : value;
    }
}
