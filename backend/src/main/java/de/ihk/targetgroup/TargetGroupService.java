package de.ihk.targetgroup;

import de.ihk.auth.CurrentUser;
import de.ihk.common.ApiException;
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
import java.util.Map;

@ApplicationScoped
@Transactional
public class TargetGroupService {

    static final Map<String, String> SORTABLE = Map.of("code", "t.code", "labelDe", "t.label_de", "labelEn", "t.label_en");

    @Inject
    EntityManager em;

    @Inject
    History history;

    @Inject
    CurrentUser user;

    public Page<TargetGroupDto> list(PageRequest page) {
        return PagedQuery.run(em, TargetGroup.class, "target_group t", "t", new SqlFilter(), page).map(TargetGroupDto::of);
    }

    public TargetGroupDto get(String code) {
        return TargetGroupDto.of(require(code));
    }

    public TargetGroupDto create(TargetGroupInput input) {
        user.requireAdmin();
        requireUnusedCode(input.code());
        TargetGroup group = new TargetGroup();
        apply(group, input);
        group.persistAndFlush();
        TargetGroupDto created = TargetGroupDto.of(group);
        history.created(RecordType.TARGET_GROUP, group.id, null, group.code, true, created);
        return created;
    }

    public TargetGroupDto update(String code, String ifMatch, TargetGroupInput input) {
        user.requireAdmin();
        TargetGroup group = require(code);
        Etags.requireMatch(ifMatch, group.version);
        JsonNode before = history.snapshot(TargetGroupDto.of(group));
        if (!group.code.equals(input.code())) {
            requireUnusedCode(input.code());
        }
        apply(group, input);
        group.touch();
        em.flush();
        TargetGroupDto updated = TargetGroupDto.of(group);
        history.updated(RecordType.TARGET_GROUP, group.id, null, group.code, true, before, updated);
        return updated;
    }

    public void delete(String code, String ifMatch) {
        user.requireAdmin();
        TargetGroup group = require(code);
        Etags.requireMatch(ifMatch, group.version);
        long needs = count("need_target_group", group);
        long measures = count("measure_target_group", group);
        if (needs + measures > 0) {
            throw ApiException.conflict("Target group " + code + " is still named by " + needs + " needs and "
                    + measures + " measures. Remove it from them first.");
        }
        history.deleted(RecordType.TARGET_GROUP, group.id, null, group.code, true, history.snapshot(TargetGroupDto.of(group)));
        group.delete();
    }

    private long count(String table, TargetGroup group) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE target_group_id = :id")
                .setParameter("id", group.id).getSingleResult()).longValue();
    }

    private TargetGroup require(String code) {
        return TargetGroup.findByCode(code)
                .orElseThrow(() -> ApiException.notFound("There is no target group with code '" + code + "'."));
    }

    private void requireUnusedCode(String code) {
        if (TargetGroup.findByCode(code).isPresent()) {
            throw ApiException.conflict("A target group with code '" + code + "' already exists.");
        }
    }

    private static void apply(TargetGroup group, TargetGroupInput input) {
        group.code = input.code();
        group.labelDe = input.labelDe().trim();
        group.labelEn = input.labelEn().trim();
    }
}
