package de.ihk.need;

import com.fasterxml.jackson.core.type.TypeReference;
import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.common.Ids;
import de.ihk.common.JsonArrays;
import de.ihk.common.Priority;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import de.ihk.targetgroup.TargetGroupSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Reads needs straight into their representations, in one statement however many: each need's row with its action
 * field, and its target groups and the measures answering it as JSON arrays built by PostgreSQL. The reads (list,
 * detail, exports) use it; writes answer with {@link NeedDto#of}, which maps the entity they changed, with the same
 * result (target groups ordered by code point, as Java's string comparison orders them; measures as
 * {@link AnsweringMeasure} orders them).
 */
final class NeedReads {

    private static final String SELECT = """
            SELECT n.id, n.version, n.public_version, n.created_at, n.updated_at, n.code, n.title, n.description,
                   n.evidence, n.priority, n.publication_status,
                   f.id AS field_id, f.code AS field_code, f.title AS field_title, f.color AS field_color,
                   (SELECT json_agg(json_build_object('code', t.code, 'labelDe', t.label_de, 'labelEn', t.label_en)
                                    ORDER BY t.code COLLATE "C")
                    FROM need_target_group ntg JOIN target_group t ON t.id = ntg.target_group_id
                    WHERE ntg.need_id = n.id) AS target_groups,
                   (SELECT json_agg(json_build_object('id', m.id, 'code', m.code, 'title', m.title, 'status', m.status)
                                    ORDER BY m.code, m.id)
                    FROM measure_need mn JOIN measure m ON m.id = mn.measure_id
                    WHERE mn.need_id = n.id %1$s) AS measures
            FROM need n
            JOIN action_field f ON f.id = n.action_field_id
            WHERE n.id = ANY(:ids) AND n.area_id = :area %2$s""";

    private static final TypeReference<List<TargetGroupSummary>> GROUPS = new TypeReference<>() {};
    private static final TypeReference<List<AnsweringMeasure>> MEASURES = new TypeReference<>() {};

    private NeedReads() {}

    /**
     * The needs of the area with these ids, in the order of the ids; those the reader may not see (drafts, unless
     * {@code drafts}) and those of other areas are left out.
     */
    @SuppressWarnings("unchecked")
    static List<NeedDto> read(EntityManager em, UUID area, List<UUID> ids, boolean drafts) {
        String sql = drafts
                ? SELECT.formatted("", "")
                : SELECT.formatted("AND " + Publication.measure("m"), "AND " + Publication.need("n"));
        NativeQuery<Tuple> query = em.createNativeQuery(sql, Tuple.class).unwrap(NativeQuery.class);
        query.addScalar("id", UUID.class)
                .addScalar("field_id", UUID.class)
                .addScalar("version", Long.class)
                .addScalar("public_version", Long.class)
                .addScalar("created_at", Instant.class)
                .addScalar("updated_at", Instant.class);
        for (String text : List.of(
                "code",
                "title",
                "description",
                "evidence",
                "priority",
                "publication_status",
                "field_code",
                "field_title",
                "field_color",
                "target_groups",
                "measures")) {
            query.addScalar(text, String.class);
        }
        List<NeedDto> needs =
                query.setParameter("ids", ids.toArray(UUID[]::new)).setParameter("area", area).getResultList().stream()
                        .map(row -> need(row, drafts))
                        .toList();
        return Ids.inOrder(ids, needs, NeedDto::id);
    }

    private static NeedDto need(Tuple r, boolean drafts) {
        String priority = r.get("priority", String.class);
        return new NeedDto(
                r.get("id", UUID.class),
                r.get(drafts ? "version" : "public_version", Long.class),
                r.get("created_at", Instant.class),
                r.get("updated_at", Instant.class),
                new ActionFieldSummary(
                        r.get("field_id", UUID.class),
                        r.get("field_code", String.class),
                        r.get("field_title", String.class),
                        r.get("field_color", String.class)),
                r.get("code", String.class),
                r.get("title", String.class),
                r.get("description", String.class),
                r.get("evidence", String.class),
                priority == null ? null : Priority.valueOf(priority),
                JsonArrays.read(r.get("target_groups", String.class), GROUPS),
                JsonArrays.read(r.get("measures", String.class), MEASURES),
                PublicationStatus.valueOf(r.get("publication_status", String.class)));
    }
}
