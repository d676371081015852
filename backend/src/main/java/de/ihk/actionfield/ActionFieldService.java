package de.ihk.actionfield;

import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.common.ApiException;
import de.ihk.common.Codes;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import de.ihk.common.References;
import de.ihk.common.Rows;
import de.ihk.common.SqlFilter;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ActionFieldService {

    static final Map<String, String> SORTABLE =
            Map.of("position", "f.position", "code", "f.code", "title", "lower(f.title)", "createdAt", "f.created_at");

    /**
     * Needs and measures show their action fields (code, title, colour, in the order of their positions); the needs
     * and measures of a field are public only while it is published, so publishing it changes what shows them too.
     */
    static final RecordKind<ActionField> KIND = RecordKind.of(RecordType.ACTION_FIELD, ActionField.class)
            .label(f -> f.code + " " + f.title)
            .area(f -> f.area.id)
            .representation((f, drafts) -> ActionFieldDto.of(f, drafts))
            .summary(f -> List.of(ActionFieldSummary.of(f), f.position, f.isPublic()))
            .shownBy("need", "action_field_id = :id")
            .shownBy(
                    "measure",
                    "action_field_id = :id OR id IN (SELECT measure_id FROM measure_action_field WHERE action_field_id = :id)")
            .visibilityReaches(
                    "measure",
                    "id IN (SELECT mn.measure_id FROM measure_need mn JOIN need n ON n.id = mn.need_id"
                            + " WHERE n.action_field_id = :id)")
            .visibilityReaches(
                    "need",
                    "id IN (SELECT mn.need_id FROM measure_need mn JOIN measure m ON m.id = mn.measure_id"
                            + " WHERE m.action_field_id = :id)")
            .visibilityReaches(
                    "presentation",
                    "id IN (SELECT pm.presentation_id FROM presentation_measure pm"
                            + " JOIN measure m ON m.id = pm.measure_id WHERE m.action_field_id = :id)")
            .shownBy("indicator", "id IN (SELECT indicator_id FROM indicator_action_field WHERE action_field_id = :id)")
            .visibilityReaches(
                    "indicator",
                    "id IN (SELECT ifn.indicator_id FROM indicator_need ifn JOIN need n ON n.id = ifn.need_id"
                            + " WHERE n.action_field_id = :id)"
                            + " OR id IN (SELECT im.indicator_id FROM indicator_measure im"
                            + " JOIN measure m ON m.id = im.measure_id WHERE m.action_field_id = :id)");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    AreaAccess access;

    @Inject
    References references;

    public Page<ActionFieldDto> list(String slug, PublicationStatus publicationStatus, PageRequest page) {
        return query(slug, publicationStatus).page(page);
    }

    /** Every record the list shows, read when an export is written (see {@link Rows}). */
    public Rows<ActionFieldDto> all(String slug, PublicationStatus publicationStatus) {
        return query(slug, publicationStatus);
    }

    private ListQuery<ActionFieldDto> query(String slug, PublicationStatus publicationStatus) {
        Area area = access.forRead(slug);
        boolean drafts = access.showsDrafts(area);
        SqlFilter where = new SqlFilter()
                .where("f.area_id = :area", "area", area.id)
                .where(
                        "f.publication_status = :publicationStatus",
                        "publicationStatus",
                        PublicationStatus.nameOf(publicationStatus));
        if (!drafts) {
            where.where(Publication.actionField("f"));
        }
        return ListQuery.of(em, ActionField.class, "action_field f", "f", where, f -> ActionFieldDto.of(f, drafts));
    }

    public ActionFieldDto get(String slug, UUID id) {
        var field = access.readable(ActionField.class, "action field", slug, id);
        return ActionFieldDto.of(field.record(), field.drafts());
    }

    public ActionFieldDto create(String slug, String body) {
        ActionField field = new ActionField();
        field.area = access.forEdit(slug);
        return ActionFieldDto.of(writes.create(KIND, field, body, ActionFieldInput.class, this::apply), true);
    }

    public ActionFieldDto update(String slug, UUID id, String ifMatch, String body) {
        return ActionFieldDto.of(
                writes.update(KIND, editable(slug, id), ifMatch, body, ActionFieldInput.class, this::apply), true);
    }

    public void delete(String slug, UUID id, String ifMatch) {
        writes.delete(KIND, editable(slug, id), ifMatch, this::refuseWhileUsed);
    }

    private void refuseWhileUsed(ActionField field) {
        Object[] row = (Object[])
                em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM need WHERE action_field_id = :id),
                               (SELECT count(*) FROM measure WHERE action_field_id = :id),
                               (SELECT count(*) FROM measure_action_field WHERE action_field_id = :id)""").setParameter("id", field.id).getSingleResult();
        long needs = ((Number) row[0]).longValue();
        long measures = ((Number) row[1]).longValue() + ((Number) row[2]).longValue();
        List<String> reasons = new ArrayList<>();
        if (needs > 0) {
            reasons.add("it still has " + needs + (needs == 1 ? " need" : " needs"));
        }
        if (measures > 0) {
            reasons.add(measures + (measures == 1 ? " measure belongs" : " measures belong") + " to it");
        }
        if (!reasons.isEmpty()) {
            throw ApiException.conflict(
                    "Action field " + field.code + " cannot be deleted: " + String.join(" and ", reasons) + ".");
        }
        references.refuseWhileIndicatorsLink(
                "indicator_action_field", "action_field_id", field.id, "Action field " + field.code);
    }

    private ActionField editable(String slug, UUID id) {
        return access.editable(ActionField.class, "action field", slug, id);
    }

    private void apply(ActionField field, ActionFieldInput input) {
        Codes.requireUnused(em, "action_field", "action field", field.area.id, input.code(), field.id);
        field.code = input.code();
        field.title = input.title().trim();
        field.description = input.description();
        field.goal = input.goal();
        field.easyLanguageSummary = input.easyLanguageSummary();
        field.position = input.position() == null ? 0 : input.position();
        field.color = input.color();
        field.publicationStatus = PublicationStatus.orDefault(input.publicationStatus(), field.publicationStatus);
    }
}
