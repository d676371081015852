package de.ihk.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import de.ihk.auth.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the change history. Services call it inside the transaction of the change, with the API
 * representation before and after, so a change that fails leaves no revision and every revision
 * names the fields as the API does.
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

    public void created(RecordType type, UUID id, UUID areaId, String label, boolean published, Object after) {
        write(type, id, areaId, label, RevisionDto.Action.CREATED, published, diff(null, after));
    }

    /** Records an update; nothing when no field changed. */
    public void updated(RecordType type, UUID id, UUID areaId, String label, boolean published, JsonNode before, Object after) {
        List<RevisionDto.Change> changes = diff(before, after);
        if (!changes.isEmpty()) {
            write(type, id, areaId, label, RevisionDto.Action.UPDATED, published, changes);
        }
    }

    public void deleted(RecordType type, UUID id, UUID areaId, String label, boolean published, JsonNode before) {
        write(type, id, areaId, label, RevisionDto.Action.DELETED, published, diff(before, null));
    }

    /** The representation to compare against after the change. */
    public JsonNode snapshot(Object representation) {
        return mapper.valueToTree(representation);
    }

    private List<RevisionDto.Change> diff(Object before, Object after) {
        JsonNode from = before == null ? mapper.createObjectNode() : mapper.valueToTree(before);
        JsonNode to = after == null ? mapper.createObjectNode() : mapper.valueToTree(after);
        Set<String> fields = new LinkedHashSet<>();
        from.fieldNames().forEachRemaining(fields::add);
        to.fieldNames().forEachRemaining(fields::add);
        List<RevisionDto.Change> changes = new ArrayList<>();
        for (Iterator<String> it = fields.iterator(); it.hasNext(); ) {
            String field = it.next();
            JsonNode old = from.path(field).isMissingNode() ? NullNode.getInstance() : from.get(field);
            JsonNode now = to.path(field).isMissingNode() ? NullNode.getInstance() : to.get(field);
            if (!IGNORED.contains(field) && !old.equals(now)) {
                changes.add(new RevisionDto.Change(field, old, now));
            }
        }
        return changes;
    }

    private void write(RecordType type, UUID id, UUID areaId, String label, RevisionDto.Action action, boolean published,
                       List<RevisionDto.Change> changes) {
        try {
            em.createNativeQuery("""
                            INSERT INTO revision (id, record_type, record_id, area_id, record_label, action, author_id, author_name,
                                                  author_role, via_token, published, changed_at, changes)
                            VALUES (:id, :type, :recordId, :areaId, :label, :action, :authorId, :authorName,
                                    :role, :viaToken, :published, :changedAt, CAST(:changes AS jsonb))""")
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("type", type.name())
                    .setParameter("recordId", id)
                    .setParameter("areaId", areaId)
                    .setParameter("label", label.length() > 300 ? label.substring(0, 300) : label)
                    .setParameter("action", action.name())
                    .setParameter("authorId", user.accountId() != null ? user.accountId() : user.tokenId())
                    .setParameter("authorName", user.name())
                    .setParameter("role", user.role().name())
                    .setParameter("viaToken", user.tokenId() != null)
                    .setParameter("published", published)
                    .setParameter("changedAt", Instant.now(clock).truncatedTo(ChronoUnit.MICROS))
                    .setParameter("changes", mapper.writeValueAsString(changes))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
