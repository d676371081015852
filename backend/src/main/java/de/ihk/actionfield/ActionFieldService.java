package de.ihk.actionfield;

import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.area.AreaRecords;
import de.ihk.common.PublicationStatus;
import de.ihk.common.ApiException;
import de.ihk.common.Codes;
import de.ihk.common.Etags;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.SqlFilter;
import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.history.History;
import de.ihk.history.RecordType;
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

    static final Map<String, String> SORTABLE = Map.of("position", "f.position", "code", "f.code", "title", "lower(f.title)", "createdAt", "f.created_at");

    @Inject
    EntityManager em;

    @Inject
    History history;

    @Inject
    AreaAccess access;

    public Page<ActionFieldDto> list(String slug, PublicationStatus publicationStatus, PageRequest page) {
        Area area = access.forRead(slug);
        SqlFilter where = new SqlFilter().where("f.area_id = :area", "area", area.id)
                .where("f.publication_status = :publicationStatus", "publicationStatus", PublicationStatus.nameOf(publicationStatus));
        if (!access.showsDrafts(area)) {
            where.where("f.publication_status = 'PUBLISHED'");
        }
        return PagedQuery.run(em, ActionField.class, "action_field f", "f", where, page).map(ActionFieldDto::of);
    }

    public ActionFieldDto get(String slug, UUID id) {
        Area area = access.forRead(slug);
        return ActionFieldDto.of(AreaRecords.requireVisible(em, ActionField.class, "action field", area, id, access.showsDrafts(area)));
    }

    public ActionFieldDto create(String slug, ActionFieldInput input) {
        Area area = access.forEdit(slug);
        Codes.requireUnused(em, "action_field", "action field", area.id, input.code(), null);
        ActionField field = new ActionField();
        field.area = area;
        apply(field, input);
        field.persistAndFlush();
        ActionFieldDto created = ActionFieldDto.of(field);
        history.created(RecordType.ACTION_FIELD, field.id, field.area.id, field.code + " " + field.title, field.isPublic(), created);
        return created;
    }

    public ActionFieldDto update(String slug, UUID id, String ifMatch, ActionFieldInput input) {
        ActionField field = editable(slug, id);
        Etags.requireMatch(ifMatch, field.version);
        JsonNode before = history.snapshot(ActionFieldDto.of(field));
        Codes.requireUnused(em, "action_field", "action field", field.area.id, input.code(), field.id);
        apply(field, input);
        field.touch();
        em.flush();
        ActionFieldDto updated = ActionFieldDto.of(field);
        history.updated(RecordType.ACTION_FIELD, field.id, field.area.id, field.code + " " + field.title, field.isPublic(), before, updated);
        return updated;
    }

    public void delete(String slug, UUID id, String ifMatch) {
        ActionField field = editable(slug, id);
        Etags.requireMatch(ifMatch, field.version);
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM need WHERE action_field_id = :id),
                               (SELECT count(*) FROM measure WHERE action_field_id = :id),
                               (SELECT count(*) FROM measure_action_field WHERE action_field_id = :id)""")
                .setParameter("id", field.id).getSingleResult();
        long needs = ((Number) row[0]).longValue();
        long primary = ((Number) row[1]).longValue();
        long further = ((Number) row[2]).longValue();
        List<String> reasons = new ArrayList<>();
        if (needs > 0) {
            reasons.add("it still has " + needs + (needs == 1 ? " need" : " needs"));
        }
        if (primary + further > 0) {
            reasons.add((primary + further) + (primary + further == 1 ? " measure belongs" : " measures belong") + " to it");
        }
        if (!reasons.isEmpty()) {
            throw ApiException.conflict("Action field " + field.code + " cannot be deleted: " + String.join(" and ", reasons) + ".");
        }
        history.deleted(RecordType.ACTION_FIELD, field.id, field.area.id, field.code + " " + field.title, field.isPublic(), history.snapshot(ActionFieldDto.of(field)));
        field.delete();
    }

    private ActionField editable(String slug, UUID id) {
        return AreaRecords.require(em, ActionField.class, "action field", access.forEdit(slug), id);
    }

    private static void apply(ActionField field, ActionFieldInput input) {
        field.code = input.code();
        field.title = input.title().trim();
        field.description = input.description();
        field.goal = input.goal();
        field.position = input.position() == null ? 0 : input.position();
        field.color = input.color();
        field.publicationStatus = PublicationStatus.orDefault(input.publicationStatus(), field.publicationStatus);
    }
}
