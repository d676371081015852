package de.ihk.imports;

import de.ihk.actionfield.ActionField;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.common.ApiException;
import de.ihk.common.BaseEntity;
import de.ihk.common.FieldError;
import de.ihk.common.RequestProblems;
import de.ihk.indicator.Indicator;
import de.ihk.measure.ActionStep;
import de.ihk.measure.Measure;
import de.ihk.measure.MeasureInput;
import de.ihk.measure.MeasureService;
import de.ihk.need.Need;
import de.ihk.spreadsheet.SheetColumn;
import de.ihk.spreadsheet.SheetLayout;
import de.ihk.targetgroup.TargetGroup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernateHints;

/**
 * What the rows of one import share: the records they may refer to, loaded once (read-only) for planning the whole
 * file, the checks every row type makes, and the write of a row.
 */
@RequestScoped
class ImportContext {

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    private final Map<String, TargetGroup> groupsByCode = new HashMap<>();

    List<ActionField> actionFields(Area area) {
        return readOnly(em.createQuery("SELECT f FROM ActionField f WHERE f.area.id = :area", ActionField.class)
                        .setParameter("area", area.id))
                .getResultList();
    }

    List<Need> needs(Area area) {
        return readOnly(em.createQuery("SELECT n FROM Need n WHERE n.area.id = :area", Need.class)
                        .setParameter("area", area.id))
                .getResultList();
    }

    List<Actor> actors(Area area) {
        return readOnly(em.createQuery("SELECT a FROM Actor a WHERE a.municipality = :municipality", Actor.class)
                        .setParameter("municipality", area.municipality))
                .getResultList();
    }

    List<Measure> measures(Area area) {
        return readOnly(em.createQuery("SELECT m FROM Measure m WHERE m.area.id = :area", Measure.class)
                        .setParameter("area", area.id))
                .getResultList();
    }

    List<Indicator> indicators(Area area) {
        return readOnly(em.createQuery("SELECT i FROM Indicator i WHERE i.area.id = :area", Indicator.class)
                        .setParameter("area", area.id))
                .getResultList();
    }

    List<ActionStep> steps(Area area) {
        return readOnly(em.createQuery(
                                "SELECT s FROM ActionStep s JOIN FETCH s.measure m WHERE m.area.id = :area",
                                ActionStep.class)
                        .setParameter("area", area.id))
                .getResultList();
    }

    /** Target groups by code or label, German or English. */
    Lookup<TargetGroup> targetGroups() {
        List<TargetGroup> all = readOnly(em.createQuery("SELECT t FROM TargetGroup t", TargetGroup.class))
                .getResultList();
        all.forEach(t -> groupsByCode.put(t.code, t));
        return new Lookup<TargetGroup>("target group", "known")
                .addAll(all, t -> java.util.Arrays.asList(t.code, t.labelDe, t.labelEn));
    }

    private static <Q extends jakarta.persistence.TypedQuery<?>> Q readOnly(Q query) {
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        return query;
    }

    /**
     * The codes of the target groups a row names: by the labels column (which also takes codes) when the file has it,
     * else by the codes column; null when it has neither. When it has both and they name different groups, that is a
     * problem: the row was edited in one of them only, and it is not clear which one is meant.
     */
    List<String> targetGroupCodes(RowValues v, Lookup<TargetGroup> groups, SheetColumn labels, SheetColumn codes) {
        List<TargetGroup> byLabel = v.has(labels) ? groups.findAll(v.list(labels), v, labels) : null;
        List<TargetGroup> byCode = v.has(codes) ? groups.findAll(v.list(codes), v, codes) : null;
        if (byLabel != null && byCode != null && !new HashSet<>(byLabel).equals(new HashSet<>(byCode))) {
            v.problem(
                    labels,
                    "The target groups and the target group codes name different groups. Change one of the two"
                            + " columns and clear the other.");
        }
        List<TargetGroup> chosen = byLabel != null ? byLabel : byCode;
        return chosen == null ? null : chosen.stream().map(t -> t.code).toList();
    }

    /** The id in the cell; null when empty, a problem when it is not an id. */
    UUID uuid(RowValues v, SheetColumn column) {
        String text = v.text(column);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            v.problem(column, "Must be an ID as the export writes it, or empty.");
            return null;
        }
    }

    /** Checks the input as the API checks a request body; each broken rule becomes a problem of its column. */
    <I> void validate(I input, RowValues v, Columns columns, SheetLayout layout, Map<String, String> columnOfField) {
        Set<ConstraintViolation<I>> violations = validator.validate(input);
        if (violations.isEmpty()) {
            return;
        }
        for (FieldError error : RequestProblems.of(violations).errors()) {
            String field = error.field().split("[.\\[]", 2)[0];
            String key = columnOfField.getOrDefault(field, field);
            SheetColumn column = layout.columns().stream()
                    .filter(c -> c.key().equals(key))
                    .findFirst()
                    .orElse(null);
            if (column != null && !columns.has(column)) {
                v.problem(null, "Column " + column.german() + " (" + column.english() + "): " + error.message());
            } else if (column == null || !alreadyReported(v, column)) {
                v.problem(column, error.message());
            }
        }
    }

    private static boolean alreadyReported(RowValues v, SheetColumn column) {
        return v.failed() && v.problemsAt(column);
    }

    /**
     * A row that changes a record and names the version it was exported at must match the record's version now;
     * otherwise someone changed the record since, and writing the row would undo that change unseen.
     */
    void checkVersion(
            RowValues v, Columns columns, SheetColumn column, long current, ImportPreview.Action action, String what) {
        if (action != ImportPreview.Action.UPDATE || !columns.has(column)) {
            return;
        }
        Integer exported = v.integer(column);
        if (exported != null && exported != current) {
            v.problem(
                    column,
                    "The " + what + " was changed since this file was exported (version " + exported + ", now "
                            + current + "). Export again and make your change there, or clear the version to"
                            + " overwrite.");
        }
    }

    /**
     * Starts writing the planned rows. The records loaded for planning leave the persistence context, and each row
     * leaves it again after its write ({@link #write}): every statement of the write path flushes the context first,
     * so a context that grew with the file would make each row slower than the one before.
     */
    void startWriting() {
        em.clear();
    }

    /** The record as it is now in this transaction (loaded again by id); for references a row's write assigns. */
    <E extends BaseEntity> E fresh(E record) {
        @SuppressWarnings("unchecked")
        Class<E> type = (Class<E>) Hibernate.getClass(record);
        return em.find(type, record.id);
    }

    /** The references of a measure's input, loaded by id for the row's write. */
    MeasureService.Resolved resolved(MeasureInput input) {
        return new MeasureService.Resolved(
                em.find(ActionField.class, input.actionFieldId()),
                find(ActionField.class, input.furtherActionFieldIds()),
                find(Need.class, input.needIds()),
                input.leadActorId() == null ? null : em.find(Actor.class, input.leadActorId()),
                find(Actor.class, input.partnerActorIds()),
                groups(input.targetGroups()));
    }

    List<TargetGroup> groups(List<String> codes) {
        return codes.stream()
                .map(code -> em.find(TargetGroup.class, groupsByCode.get(code).id))
                .toList();
    }

    <E> List<E> find(Class<E> type, List<UUID> ids) {
        List<E> found = new ArrayList<>();
        ids.forEach(id -> found.add(em.find(type, id)));
        return found;
    }

    /**
     * Writes a row: creates the record when {@code planned} is null, else updates the record {@code planned} was read
     * from, provided nobody changed it since the plan was made (the row's changes were worked out against that
     * version); answers the record's id and leaves the persistence context empty for the next row.
     */
    <E extends BaseEntity> UUID write(E planned, Supplier<E> create, UnaryOperator<E> update) {
        E written;
        if (planned == null) {
            written = create.get();
        } else {
            E current = fresh(planned);
            if (current == null || current.version != planned.version) {
                throw ApiException.concurrentChange();
            }
            written = update.apply(current);
        }
        UUID id = written.id;
        em.clear();
        return id;
    }
}
