package de.ihk.need;

import de.ihk.actionfield.ActionField;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.area.AreaRecords;
import de.ihk.common.PublicationStatus;
import de.ihk.measure.MeasurePublic;
import de.ihk.common.ApiException;
import de.ihk.common.Codes;
import de.ihk.common.Etags;
import de.ihk.common.FieldError;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.Priority;
import de.ihk.common.References;
import de.ihk.common.SqlFilter;
import de.ihk.measure.Measure;
import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.history.History;
import de.ihk.history.RecordType;
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

    static final Map<String, String> SORTABLE = Map.of("code", "n.code", "title", "lower(n.title)",
            "priority", Priority.sortExpression("n.priority"), "createdAt", "n.created_at", "updatedAt", "n.updated_at");

    @Inject
    EntityManager em;

    @Inject
    History history;

    @Inject
    References references;

    @Inject
    AreaAccess access;

    public record Filter(UUID actionField, Priority priority, String targetGroup, Boolean uncovered, String q,
                         PublicationStatus publicationStatus) {
    }

    public Page<NeedDto> list(String slug, Filter filter, PageRequest page) {
        Area area = access.forRead(slug);
        boolean drafts = access.showsDrafts(area);
        SqlFilter where = new SqlFilter()
                .where("n.area_id = :area", "area", area.id)
                .where("n.action_field_id = :actionField", "actionField", filter.actionField())
                .where("n.priority = :priority", "priority", filter.priority() == null ? null : filter.priority().name())
                .where("EXISTS (SELECT 1 FROM need_target_group ntg JOIN target_group tg ON tg.id = ntg.target_group_id"
                        + " WHERE ntg.need_id = n.id AND tg.code = :targetGroup)", "targetGroup", filter.targetGroup())
                .where("n.search_vector @@ websearch_to_tsquery('german', :q)", "q", filter.q())
                .where("n.publication_status = :publicationStatus", "publicationStatus", PublicationStatus.nameOf(filter.publicationStatus()));
        if (!drafts) {
            where.where(NeedPublic.SQL);
        }
        if (filter.uncovered() != null) {
            String answering = "SELECT 1 FROM measure_need mn JOIN measure m ON m.id = mn.measure_id WHERE mn.need_id = n.id"
                    + (drafts ? "" : " AND " + MeasurePublic.SQL);
            where.where((filter.uncovered() ? "NOT " : "") + "EXISTS (" + answering + ")");
        }
        return PagedQuery.run(em, Need.class, "need n", "n", where, page).map(n -> NeedDto.of(n, drafts));
    }

    public NeedDto get(String slug, UUID id) {
        Area area = access.forRead(slug);
        boolean drafts = access.showsDrafts(area);
        return NeedDto.of(AreaRecords.requireVisible(em, Need.class, "need", area, id, drafts), drafts);
    }

    public NeedDto create(String slug, NeedInput input) {
        Area area = access.forEdit(slug);
        Need need = new Need();
        need.area = area;
        apply(need, input);
        need.persistAndFlush();
        NeedDto created = NeedDto.of(need, true);
        history.created(RecordType.NEED, need.id, need.area.id, need.code + " " + need.title, need.isPublic(), created);
        return created;
    }

    public NeedDto update(String slug, UUID id, String ifMatch, NeedInput input) {
        Need need = editable(slug, id);
        Etags.requireMatch(ifMatch, need.version);
        JsonNode before = history.snapshot(NeedDto.of(need, true));
        boolean summaryChanged = !input.code().equals(need.code) || !input.title().trim().equals(need.title);
        apply(need, input);
        if (summaryChanged) {
            // the measures answering it show its code and title, so their versions (and ETags) move too
            need.measures.forEach(Measure::touch);
        }
        need.touch();
        em.flush();
        NeedDto updated = NeedDto.of(need, true);
        history.updated(RecordType.NEED, need.id, need.area.id, need.code + " " + need.title, need.isPublic(), before, updated);
        return updated;
    }

    public void delete(String slug, UUID id, String ifMatch) {
        Need need = editable(slug, id);
        Etags.requireMatch(ifMatch, need.version);
        int answeredBy = need.measures.size();
        if (answeredBy > 0) {
            throw ApiException.conflict("Need " + need.code + " cannot be deleted: it is still answered by " + answeredBy
                    + (answeredBy == 1 ? " measure" : " measures") + ". Unlink it from them first.");
        }
        history.deleted(RecordType.NEED, need.id, need.area.id, need.code + " " + need.title, need.isPublic(), history.snapshot(NeedDto.of(need, true)));
        need.delete();
    }

    private Need editable(String slug, UUID id) {
        return AreaRecords.require(em, Need.class, "need", access.forEdit(slug), id);
    }

    private void apply(Need need, NeedInput input) {
        List<FieldError> errors = new ArrayList<>();
        ActionField field = references.inArea(ActionField.class, "action field", input.actionFieldId(), need.area, "actionFieldId", errors);
        var groups = references.targetGroups(input.targetGroups(), "targetGroups", errors);
        References.failIfAny(errors);
        Codes.requireUnused(em, "need", "need", need.area.id, input.code(), need.id);
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
