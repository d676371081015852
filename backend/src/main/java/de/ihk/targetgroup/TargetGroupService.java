package de.ihk.targetgroup;

import de.ihk.access.CurrentUser;
import de.ihk.common.ApiException;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Rows;
import de.ihk.common.SqlFilter;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
@Transactional
public class TargetGroupService {

    /** Needs and measures show their target groups (code and labels). */
    static final RecordKind<TargetGroup> KIND = RecordKind.of(RecordType.TARGET_GROUP, TargetGroup.class)
            .label(t -> t.code)
            .representation(TargetGroupDto::of)
            .summary(TargetGroupSummary::of)
            .shownBy("need", "id IN (SELECT need_id FROM need_target_group WHERE target_group_id = :id)")
            .shownBy("measure", "id IN (SELECT measure_id FROM measure_target_group WHERE target_group_id = :id)");

    static final Map<String, String> SORTABLE =
            Map.of("code", "t.code", "labelDe", "t.label_de", "labelEn", "t.label_en");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser user;

    public Page<TargetGroupDto> list(PageRequest page) {
        return query().page(page);
    }

    /** Every record the list shows, read when an export is written (see {@link Rows}). */
    public Rows<TargetGroupDto> all() {
        return query();
    }

    private ListQuery<TargetGroupDto> query() {
        return ListQuery.of(em, TargetGroup.class, "target_group t", "t", new SqlFilter(), TargetGroupDto::of);
    }

    public TargetGroupDto get(String code) {
        return TargetGroupDto.of(require(code));
    }

    public TargetGroupDto create(String body) {
        user.requireAdmin();
        return TargetGroupDto.of(
                writes.create(KIND, new TargetGroup(), body, TargetGroupInput.class, (group, input) -> {
                    requireUnusedCode(input.code());
                    apply(group, input);
                }));
    }

    public TargetGroupDto update(String code, String ifMatch, String body) {
        user.requireAdmin();
        return TargetGroupDto.of(writes.update(
                KIND, require(code), ifMatch, body, TargetGroupInput.class, (group, input) -> {
                    if (!group.code.equals(input.code())) {
                        requireUnusedCode(input.code());
                    }
                    apply(group, input);
                }));
    }

    public void delete(String code, String ifMatch) {
        user.requireAdmin();
        writes.delete(KIND, require(code), ifMatch, group -> {
            long needs = count("need_target_group", group);
            long measures = count("measure_target_group", group);
            if (needs + measures > 0) {
                throw ApiException.conflict("Target group " + code + " is still named by " + needs + " needs and "
                        + measures + " measures. Remove it from them first.");
            }
        });
    }

    private long count(String table, TargetGroup group) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE target_group_id = :id")
                        .setParameter("id", group.id)
                        .getSingleResult())
                .longValue();
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
