package de.ihk.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.common.ApiException;
import de.ihk.common.BaseEntity;
import de.ihk.common.CommitWatch;
import de.ihk.common.Etags;
import de.ihk.common.FieldError;
import de.ihk.common.PublishableEntity;
import de.ihk.common.RequestProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The one way every record is created, changed and deleted. The caller (a feature's service) loads the record and
 * checks that the caller may write it; this class does the rest, in this order: check If-Match (428/412), read and
 * validate the body (400), apply the feature's change (which checks references and conflicts),
 * raise the version (and, when readers without draft rights see the change, the public version), give a new version
 * to every record that shows this one ({@link RecordKind}), and fire a {@link RecordChange} for the history. Every
 * statement runs before the commit, so that a refusal of the database is answered as such and not lost at commit;
 * a writer that changed the record between our reading and our writing makes the version check of the flush fail
 * (412).
 */
@ApplicationScoped
public class Writes {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    Event<RecordChange> changes;

    @Inject
    Event<VersionsMoved> versionsMoved;

    @Inject
    CommitWatch commitWatch;

    private volatile Set<String> tablesWithPublicVersion;

    /** Creates {@code record} (new, not yet persisted) from the request body. */
    public <E extends BaseEntity, I> E create(
            RecordKind<E> kind, E record, String body, Class<I> inputType, BiConsumer<E, I> apply) {
        return create(kind, record, r -> apply.accept(r, read(body, inputType)));
    }

    /** Creates {@code record} (new, not yet persisted) from what the server knows, not from a request body. */
    public <E extends BaseEntity> E create(RecordKind<E> kind, E record, Consumer<E> apply) {
        commitWatch.watch();
        apply.accept(record);
        em.persist(record);
        em.flush();
        Snapshot after = snapshot(kind, record);
        showChange(kind, record.id, null, after);
        fire(kind, record, RecordChange.Action.CREATED, null, after);
        return record;
    }

    /** Replaces {@code record} (loaded by the caller) with the request body, if it is still at the version of If-Match. */
    public <E extends BaseEntity, I> E update(
            RecordKind<E> kind, E record, String ifMatch, String body, Class<I> inputType, BiConsumer<E, I> apply) {
        Etags.requireMatch(ifMatch, record.version);
        I input = read(body, inputType);
        return change(kind, record, r -> apply.accept(r, input));
    }

    /**
     * Changes {@code record} without a precondition; for changes that mean the same whatever the record's version
     * (revoking a token). The record is locked first, so that concurrent calls take turns instead of failing.
     */
    public <E extends BaseEntity> E updateUnconditionally(RecordKind<E> kind, E record, Consumer<E> apply) {
        em.refresh(record, LockModeType.PESSIMISTIC_WRITE);
        return change(kind, record, apply);
    }

    /**
     * Changes {@code record}, loaded by the caller in this transaction, from what the server knows rather than from a
     * request body (a row of an imported spreadsheet); the flush's version check refuses a concurrent writer (412).
     */
    public <E extends BaseEntity> E update(RecordKind<E> kind, E record, Consumer<E> apply) {
        return change(kind, record, apply);
    }

    /** Deletes {@code record} if it is still at the version of If-Match. */
    public <E extends BaseEntity> void delete(RecordKind<E> kind, E record, String ifMatch) {
        delete(kind, record, ifMatch, r -> {});
    }

    /**
     * Deletes {@code record} if it is still at the version of If-Match. {@code beforeDelete} refuses (409) while
     * the record is still referenced, and removes what is part of it.
     */
    public <E extends BaseEntity> void delete(RecordKind<E> kind, E record, String ifMatch, Consumer<E> beforeDelete) {
        commitWatch.watch();
        Etags.requireMatch(ifMatch, record.version);
        Snapshot before = snapshot(kind, record);
        beforeDelete.accept(record);
        showChange(kind, record.id, before, null);
        fire(kind, record, RecordChange.Action.DELETED, before, null);
        em.remove(record);
        em.flush();
    }

    private <E extends BaseEntity> E change(RecordKind<E> kind, E record, Consumer<E> apply) {
        commitWatch.watch();
        Snapshot before = snapshot(kind, record);
        apply.accept(record);
        record.touch();
        boolean visible = before.isPublic || kind.isPublic.test(record);
        if (record instanceof PublishableEntity publishable && visible) {
            publishable.publicVersion = record.version + 1; // the version the flush gives it
        }
        em.flush();
        Snapshot after = snapshot(kind, record);
        showChange(kind, record.id, before, after);
        fire(kind, record, RecordChange.Action.UPDATED, before, after);
        return record;
    }

    private <I> I read(String body, Class<I> type) {
        I input = null;
        if (body != null && !body.isBlank()) {
            try {
                JsonNode tree = json.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .readTree(body); // no digit lost
                List<FieldError> nullLists = RequestProblems.nullLists(tree, type, "");
                if (!nullLists.isEmpty()) {
                    throw ApiException.invalid(nullLists);
                }
                input = json.treeToValue(tree, type);
            } catch (JsonProcessingException e) {
                throw RequestProblems.of(e);
            }
        }
        if (input == null) {
            throw ApiException.invalid("body", "A JSON request body is required.");
        }
        Set<ConstraintViolation<I>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw RequestProblems.of(violations);
        }
        return input;
    }

    /**
     * Gives a new version to the rows of {@code table} that {@code condition} selects, whose representation changed
     * without a write (a presentation stops being upcoming when its day has passed). Readers without draft rights
     * see the change when {@code publicRows} (a condition of {@link de.ihk.common.Publication} on the table) holds.
     */
    public int representationsChanged(
            String table, String condition, String publicRows, Map<String, Object> parameters) {
        var update = em.createNativeQuery(
                "UPDATE " + table + " SET version = version + 1, public_version = CASE WHEN " + publicRows
                        + " THEN version + 1 ELSE public_version END WHERE id IN (SELECT id FROM " + table + " WHERE "
                        + condition + " ORDER BY id FOR NO KEY UPDATE) RETURNING id",
                UUID.class);
        parameters.forEach(update::setParameter);
        return moved(table, update, true).size();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> moved(String table, Query updateReturningIds, boolean visibilityMayChange) {
        List<UUID> ids = updateReturningIds.getResultList();
        if (!ids.isEmpty()) {
            versionsMoved.fire(new VersionsMoved(table, ids, visibilityMayChange));
        }
        return ids;
    }

    /** What the change is compared by: the representations, the summary others show, and the links it owns. */
    private record Snapshot(
            JsonNode full,
            JsonNode shownPublicly,
            Object summary,
            boolean isPublic,
            Map<RecordKind.Embedding, Set<UUID>> ownLinks) {}

    private <E extends BaseEntity> Snapshot snapshot(RecordKind<E> kind, E record) {
        boolean isPublic = kind.isPublic.test(record);
        Map<RecordKind.Embedding, Set<UUID>> links = new HashMap<>();
        for (RecordKind.Embedding embedding : kind.shownBy) {
            if (embedding.ownLinks()) {
                links.put(embedding, idsOf(embedding, record.id));
            }
        }
        JsonNode full = json.valueToTree(kind.representation.apply(record, true));
        JsonNode shownPublicly = !isPublic
                ? null
                : kind.sameForEveryReader ? full : json.valueToTree(kind.representation.apply(record, false));
        return new Snapshot(full, shownPublicly, kind.summary.apply(record), isPublic, links);
    }

    /**
     * Gives a new version to the records whose representation shows this one and changed with it: those showing its
     * summary when that changed, those whose link to it came or went, the whole it is part of; and when it was
     * published or unpublished, the records whose visibility follows it.
     */
    private <E extends BaseEntity> void showChange(RecordKind<E> kind, UUID id, Snapshot before, Snapshot after) {
        boolean visible = (before != null && before.isPublic) || (after != null && after.isPublic);
        boolean summaryChanged = before == null || after == null || !Objects.equals(before.summary, after.summary);
        // Whether readers without draft rights see the records this one reaches may change only with its publication
        // (an action field's decides its measures', and with them their steps'); a step's edit leaves it as it was.
        boolean publicationChanged = before != null && after != null && before.isPublic != after.isPublic;
        for (RecordKind.Embedding embedding : kind.shownBy) {
            if (embedding.ownLinks()) {
                Set<UUID> was = before == null ? Set.of() : before.ownLinks.get(embedding);
                Set<UUID> is = after == null ? Set.of() : after.ownLinks.get(embedding);
                bump(
                        embedding,
                        summaryChanged ? union(was, is) : symmetricDifference(was, is),
                        visible,
                        publicationChanged);
            } else if (summaryChanged) {
                bump(embedding, selectionOf(embedding), id, visible, publicationChanged);
            }
        }
        if (publicationChanged) {
            for (RecordKind.Embedding embedding : kind.visibilityReaches) {
                bump(embedding, selectionOf(embedding), id, true, true);
            }
        }
    }

    private static String selectionOf(RecordKind.Embedding embedding) {
        return "SELECT id FROM " + embedding.table() + " WHERE " + embedding.condition();
    }

    private void bump(RecordKind.Embedding embedding, Set<UUID> ids, boolean visible, boolean visibilityMayChange) {
        if (!ids.isEmpty()) {
            bump(
                    embedding,
                    "SELECT id FROM " + embedding.table() + " WHERE id IN (:id)",
                    List.copyOf(ids),
                    visible,
                    visibilityMayChange);
        }
    }

    /**
     * Raises the version of the selected rows without checking it: concurrent writers of two steps of one measure
     * both move the measure's version instead of refusing each other. The rows are locked in id order, so that two
     * writers bumping overlapping rows cannot deadlock on them.
     */
    private void bump(
            RecordKind.Embedding embedding, String selection, Object id, boolean visible, boolean visibilityMayChange) {
        String table = embedding.table();
        StringBuilder set = new StringBuilder("version = version + 1");
        if (visible && hasPublicVersion(table)) {
            set.append(", public_version = version + 1");
        }
        if (embedding.part()) {
            set.append(", updated_at = :now");
        }
        var update = em.createNativeQuery(
                        "UPDATE " + table + " SET " + set + " WHERE id IN (" + selection
                                + " ORDER BY id FOR NO KEY UPDATE) RETURNING id",
                        UUID.class)
                .setParameter("id", id);
        if (embedding.part()) {
            update.setParameter("now", BaseEntity.now());
        }
        moved(table, update, visibilityMayChange);
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> idsOf(RecordKind.Embedding embedding, UUID id) {
        return new HashSet<>(em.createNativeQuery(selectionOf(embedding), UUID.class)
                .setParameter("id", id)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private boolean hasPublicVersion(String table) {
        if (tablesWithPublicVersion == null) {
            tablesWithPublicVersion =
                    Set.copyOf(em.createNativeQuery("""
                    SELECT table_name FROM information_schema.columns
                    WHERE table_schema = current_schema() AND column_name = 'public_version'""", String.class).getResultList());
        }
        return tablesWithPublicVersion.contains(table);
    }

    private <E extends BaseEntity> void fire(
            RecordKind<E> kind, E record, RecordChange.Action action, Snapshot before, Snapshot after) {
        changes.fire(new RecordChange(
                kind.type,
                record.id,
                kind.area.apply(record),
                kind.label.apply(record),
                action,
                before == null ? null : before.full,
                after == null ? null : after.full,
                before == null ? null : before.shownPublicly,
                after == null ? null : after.shownPublicly));
    }

    private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
        Set<UUID> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<UUID> symmetricDifference(Set<UUID> a, Set<UUID> b) {
        Set<UUID> result = new LinkedHashSet<>(a);
        result.addAll(b);
        Set<UUID> both = new HashSet<>(a);
        both.retainAll(b);
        result.removeAll(both);
        return result;
    }
}
