package de.ihk.write;

import de.ihk.common.BaseEntity;
import de.ihk.common.Publishable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the write path ({@link Writes}) needs to know of one record type, declared once next to the type's service:
 * how the record is shown (its API representation, for the history), what other representations show of it (its
 * summary) and which records those are, so that their versions move when it changes. Everything else a write does
 * (authorisation, If-Match, binding and validating the body, version, history) is the same for every type.
 *
 * <p>Records that show others are found with SQL conditions on their table in which {@code :id} is the changed
 * record's id, e.g. {@code shownBy("measure", "lead_actor_id = :id")}.
 *
 * @param <E> the entity
 */
public final class RecordKind<E extends BaseEntity> {

    /** Rows of {@code table} that match {@code condition}; {@code part} when they are the whole this record is part of. */
    record Embedding(String table, String condition, boolean ownLinks, boolean part) {}

    final RecordType type;
    Function<E, String> label = e -> String.valueOf(e.id);
    Function<E, UUID> area = e -> null;
    BiFunction<E, Boolean, Object> representation;
    boolean sameForEveryReader;
    Function<E, Object> summary = e -> null;
    Predicate<E> isPublic = e -> !(e instanceof Publishable p) || p.isPublic();
    final List<Embedding> shownBy = new ArrayList<>();
    final List<Embedding> visibilityReaches = new ArrayList<>();

    private RecordKind(RecordType type) {
        this.type = type;
    }

    public static <E extends BaseEntity> RecordKind<E> of(RecordType type, Class<E> entity) {
        return new RecordKind<>(type);
    }

    /** How the history names the record, e.g. {@code "M3 Spielplatz"}. */
    public RecordKind<E> label(Function<E, String> label) {
        this.label = label;
        return this;
    }

    /** The id of the area the record belongs to (none for records shared across areas). */
    public RecordKind<E> area(Function<E, UUID> area) {
        this.area = area;
        return this;
    }

    /** The API representation for a reader who does ({@code true}) or does not see drafts. */
    public RecordKind<E> representation(BiFunction<E, Boolean, Object> representation) {
        this.representation = representation;
        this.sameForEveryReader = false;
        return this;
    }

    /** The API representation, the same whether or not the reader sees drafts (the record shows no drafts). */
    public RecordKind<E> representation(Function<E, Object> representation) {
        this.representation = (record, drafts) -> representation.apply(record);
        this.sameForEveryReader = true;
        return this;
    }

    /** When readers without draft rights see it, if that is not (only) its own {@link Publishable} rule. */
    public RecordKind<E> publicWhen(Predicate<E> isPublic) {
        this.isPublic = isPublic;
        return this;
    }

    /**
     * What other representations show of the record. When it changes, the records that show it get a new version;
     * whether the record is public belongs to it when drafts are hidden from some readers.
     */
    public RecordKind<E> summary(Function<E, Object> summary) {
        this.summary = summary;
        return this;
    }

    /** Records of {@code table} whose representation shows this record's summary (through links they own). */
    public RecordKind<E> shownBy(String table, String condition) {
        shownBy.add(new Embedding(table, condition, false, false));
        return this;
    }

    /**
     * Records of {@code table} that show this record through links this record owns: a write of it may add or
     * remove them, and those whose link changed get a new version too.
     */
    public RecordKind<E> shownThroughOwnLinks(String table, String condition) {
        shownBy.add(new Embedding(table, condition, true, false));
        return this;
    }

    /** The record this one is part of (a step: its measure), whose version and update time move with it. */
    public RecordKind<E> partOf(String table, String condition) {
        shownBy.add(new Embedding(table, condition, false, true));
        return this;
    }

    /**
     * Records whose visibility follows this one's (an action field's needs and measures) and the records that show
     * those: when this record is published or unpublished, what readers without draft rights see of them changes.
     */
    public RecordKind<E> visibilityReaches(String table, String condition) {
        visibilityReaches.add(new Embedding(table, condition, false, false));
        return this;
    }
}
