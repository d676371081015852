package de.ihk.need;

import de.ihk.actionfield.ActionField;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.area.AreaRecords;
import de.ihk.common.ApiException;
import de.ihk.common.Codes;
import de.ihk.common.FieldError;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Priority;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import de.ihk.common.ReadOnly;
import de.ihk.common.References;
import de.ihk.common.Rows;
import de.ihk.common.SqlFilter;
import de.ihk.targetgroup.TargetGroup;
import de.ihk.targetgroup.TargetGroupReferences;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class NeedService {

    static final Map<String, String> SORTABLE = Map.of(
            "code",
            "n.code",
            "title",
            "lower(n.title)",
            "priority",
            Priority.sortExpression("n.priority"),
            "createdAt",
            "n.created_at",
            "updatedAt",
            "n.updated_at");

    /** Measures show the needs they answer (code and title). */
    final RecordKind<Need> kind = RecordKind.of(RecordType.NEED, Need.class)
            .label(n -> n.code + " " + n.title)
            .area(n -> n.area.id)
            .representation(this::dto)
            .summary(n -> List.of(n.code, n.title, n.isPublic()))
            .shownBy("measure", "id IN (SELECT measure_id FROM measure_need WHERE need_id = :id)")
            .shownBy("indicator", "id IN (SELECT indicator_id FROM indicator_need WHERE need_id = :id)")
            .visibilityReaches("message", "need_id = :id");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    References references;

    @Inject
    AreaAccess access;

    public record Filter(
            UUID actionField,
            Priority priority,
            String targetGroup,
            Boolean uncovered,
            String q,
            PublicationStatus publicationStatus) {}

    public Page<NeedDto> list(String slug, Filter filter, PageRequest page) {
        ReadOnly.session(em);
        return query(slug, filter).page(page);
    }

    /** Every need the list shows, read when an export is written (see {@link Rows}). */
    public Rows<NeedDto> all(String slug, Filter filter) {
        return query(slug, filter);
    }

    private ListQuery<NeedDto> query(String slug, Filter filter) {
        Area area = access.forRead(slug);
        boolean drafts = access.showsDrafts(area);
        SqlFilter where = new SqlFilter()
                .where("n.area_id = :area", "area", area.id)
                .where("n.action_field_id = :actionField", "actionField", filter.actionField())
                .where(
                        "n.priority = :priority",
                        "priority",
                        filter.priority() == null ? null : filter.priority().name())
                .where(
                        "EXISTS (SELECT 1 FROM need_target_group ntg JOIN target_group tg ON tg.id = ntg.target_group_id"
                                + " WHERE ntg.need_id = n.id AND tg.code = :targetGroup)",
                        "targetGroup",
                        filter.targetGroup())
                .where("n.search_vector @@ websearch_to_tsquery('german', :q)", "q", filter.q())
                .where(
                        "n.publication_status = :publicationStatus",
                        "publicationStatus",
                        PublicationStatus.nameOf(filter.publicationStatus()));
        if (!drafts) {
            where.where(Publication.need("n"));
        }
        if (filter.uncovered() != null) {
            where.where((filter.uncovered() ? "NOT " : "") + answered("n", drafts));
        }
        return ListQuery.projected(em, "need n", "n", where, ids -> NeedReads.read(em, area.id, ids, drafts));
    }

    /**
     * SQL condition: some measure answers the need {@code n} (a published one, unless {@code drafts}); "NOT" of it is a
     * gap the quarter management must see (the list's {@code uncovered=true}, the work view, the reminder digest).
     */
    public static String answered(String n, boolean drafts) {
        return "EXISTS (SELECT 1 FROM measure_need mn JOIN measure m ON m.id = mn.measure_id WHERE mn.need_id = " + n
                + ".id" + (drafts ? "" : " AND " + Publication.measure("m")) + ")";
    }

    public NeedDto get(String slug, UUID id) {
        ReadOnly.session(em);
        Area area = access.forRead(slug);
        return NeedReads.read(em, area.id, List.of(id), access.showsDrafts(area)).stream()
                .findFirst()
                .orElseThrow(() -> AreaRecords.notFound("need", area, id));
    }

    public NeedDto create(String slug, String body) {
        Need need = new Need();
        need.area = access.forEdit(slug);
        return dto(writes.create(kind, need, body, NeedInput.class, this::apply), true);
    }

    public NeedDto update(String slug, UUID id, String ifMatch, String body) {
        return dto(writes.update(kind, editable(slug, id), ifMatch, body, NeedInput.class, this::apply), true);
    }

    public void delete(String slug, UUID id, String ifMatch) {
        writes.delete(kind, editable(slug, id), ifMatch, this::refuseWhileAnswered);
    }

    private void refuseWhileAnswered(Need need) {
        long answeredBy = ((Number) em.createNativeQuery("SELECT count(*) FROM measure_need WHERE need_id = :id")
                        .setParameter("id", need.id)
                        .getSingleResult())
                .longValue();
        if (answeredBy > 0) {
            throw ApiException.conflict("Need " + need.code + " cannot be deleted: it is still answered by "
                    + answeredBy + (answeredBy == 1 ? " measure" : " measures") + ". Unlink it from them first.");
        }
        references.refuseWhileIndicatorsLink("indicator_need", "need_id", need.id, "Need " + need.code);
    }

    private NeedDto dto(Need need, boolean drafts) {
        return NeedDto.of(
                need, drafts, AnsweringMeasure.of(em, List.of(need.id), drafts).getOrDefault(need.id, List.of()));
    }

    private Need editable(String slug, UUID id) {
        return access.editable(Need.class, "need", slug, id);
    }

    /**
     * Creates a need of an imported spreadsheet row through the one write path. The importer has validated the input,
     * resolved its action field (of the area) and target groups and checked that its code is free.
     */
    public Need createImported(Area area, NeedInput input, ActionField field, List<TargetGroup> groups) {
        Need need = new Need();
        need.area = area;
        return writes.create(kind, need, n -> assign(n, input, field, groups));
    }

    /** Updates a need (of the importing editor's area, loaded in this transaction) from an imported row. */
    public Need updateImported(Need need, NeedInput input, ActionField field, List<TargetGroup> groups) {
        return writes.update(kind, need, n -> assign(n, input, field, groups));
    }

    private void apply(Need need, NeedInput input) {
        List<FieldError> errors = new ArrayList<>();
        ActionField field = references.inArea(
                ActionField.class, "action field", input.actionFieldId(), need.area.scope(), "actionFieldId", errors);
        var groups = TargetGroupReferences.all(references, input.targetGroups(), "targetGroups", errors);
        References.failIfAny(errors);
        Codes.requireUnused(em, "need", "need", need.area.id, input.code(), need.id);
        assign(need, input, field, groups);
    }

    private static void assign(Need need, NeedInput input, ActionField field, List<TargetGroup> groups) {
        need.actionField = field;
        need.code = input.code();
        need.title = input.title().trim();
        need.description = input.description();
        need.evidence = input.evidence();
        need.priority = input.priority();
        need.targetGroups = new HashSet<>(groups);
        need.publicationStatus = PublicationStatus.orDefault(input.publicationStatus(), need.publicationStatus);
    }
}
