package de.ihk.measure;

import com.fasterxml.jackson.core.type.TypeReference;
import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.actor.ActorKind;
import de.ihk.actor.ActorSummary;
import de.ihk.common.GeoJson;
import de.ihk.common.Ids;
import de.ihk.common.JsonArrays;
import de.ihk.common.Money;
import de.ihk.common.Priority;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import de.ihk.need.NeedSummary;
import de.ihk.targetgroup.TargetGroupSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Reads measures straight into their representations, in one statement however many: each measure's row with its
 * action field and lead actor, and its further action fields, needs, partner actors, target groups, links and steps as
 * JSON arrays built by PostgreSQL. The reads (list, detail, exports) use it; writes answer with {@link MeasureDto#of},
 * which maps the entity they changed. Both give the same representation: the same fields, the same collections in the
 * same order (the SQL orders by code point, as Java's string comparison does).
 */
final class MeasureReads {

    private static final String SELECT = """
            SELECT m.id, m.version, m.public_version, m.created_at, m.updated_at, m.code, m.title, m.summary,
                   m.easy_language_summary, m.description, m.status, m.priority, m.progress, m.start_date, m.end_date,
                   m.location, m.location_geometry, m.location_approximate, m.budget_amount, m.budget_currency,
                   m.funding_source, m.publication_status,
                   f.id AS field_id, f.code AS field_code, f.title AS field_title, f.color AS field_color,
                   a.id AS lead_id, a.name AS lead_name, a.kind AS lead_kind,
                   (SELECT json_agg(json_build_object('id', x.id, 'code', x.code, 'title', x.title, 'color', x.color)
                                    ORDER BY x.position, x.code COLLATE "C", x.id)
                    FROM measure_action_field maf JOIN action_field x ON x.id = maf.action_field_id
                    WHERE maf.measure_id = m.id %1$s) AS further_action_fields,
                   (SELECT json_agg(json_build_object('id', n.id, 'code', n.code, 'title', n.title)
                                    ORDER BY n.code COLLATE "C", n.id)
                    FROM measure_need mn JOIN need n ON n.id = mn.need_id
                    WHERE mn.measure_id = m.id %2$s) AS needs,
                   (SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'kind', p.kind)
                                    ORDER BY p.name COLLATE "C", p.id)
                    FROM measure_partner_actor mpa JOIN actor p ON p.id = mpa.actor_id
                    WHERE mpa.measure_id = m.id) AS partner_actors,
                   (SELECT json_agg(json_build_object('code', t.code, 'labelDe', t.label_de, 'labelEn', t.label_en)
                                    ORDER BY t.code COLLATE "C")
                    FROM measure_target_group mtg JOIN target_group t ON t.id = mtg.target_group_id
                    WHERE mtg.measure_id = m.id) AS target_groups,
                   (SELECT json_agg(json_build_object('label', l.label, 'url', l.url) ORDER BY l.position)
                    FROM measure_link l WHERE l.measure_id = m.id) AS links,
                   (SELECT json_agg(json_build_object('id', s.id, 'title', s.title, 'dueDate', s.due_date,
                                                      'status', s.status, 'position', s.position)
                                    ORDER BY s.position, s.created_at)
                    FROM action_step s WHERE s.measure_id = m.id) AS steps
            FROM measure m
            JOIN action_field f ON f.id = m.action_field_id
            LEFT JOIN actor a ON a.id = m.lead_actor_id
            WHERE m.id = ANY(:ids) AND m.area_id = :area %3$s""";

    private static final TypeReference<List<ActionFieldSummary>> FIELDS = new TypeReference<>() {};
    private static final TypeReference<List<NeedSummary>> NEEDS = new TypeReference<>() {};
    private static final TypeReference<List<ActorSummary>> ACTORS = new TypeReference<>() {};
    private static final TypeReference<List<TargetGroupSummary>> GROUPS = new TypeReference<>() {};
    private static final TypeReference<List<LinkDto>> LINKS = new TypeReference<>() {};
    private static final TypeReference<List<StepSummary>> STEPS = new TypeReference<>() {};

    private MeasureReads() {}

    /**
     * The measures of the area with these ids, in the order of the ids; those the reader may not see (drafts, unless
     * {@code drafts}) and those of other areas are left out.
     */
    @SuppressWarnings("unchecked")
    static List<MeasureDto> read(EntityManager em, UUID area, List<UUID> ids, boolean drafts) {
        String sql = drafts
                ? SELECT.formatted("", "", "")
                : SELECT.formatted(
                        "AND " + Publication.actionField("x"),
                        "AND " + Publication.need("n"),
                        "AND " + Publication.measure("m"));
        NativeQuery<Tuple> query = em.createNativeQuery(sql, Tuple.class).unwrap(NativeQuery.class);
        for (String uuid : List.of("id", "field_id", "lead_id")) {
            query.addScalar(uuid, UUID.class);
        }
        query.addScalar("version", Long.class)
                .addScalar("public_version", Long.class)
                .addScalar("created_at", Instant.class)
                .addScalar("updated_at", Instant.class)
                .addScalar("progress", Integer.class)
                .addScalar("start_date", LocalDate.class)
                .addScalar("end_date", LocalDate.class)
                .addScalar("location_approximate", Boolean.class)
                .addScalar("budget_amount", BigDecimal.class);
        for (String text : List.of(
                "code",
                "title",
                "summary",
                "easy_language_summary",
                "description",
                "status",
                "priority",
                "location",
                "location_geometry",
                "budget_currency",
                "funding_source",
                "publication_status",
                "field_code",
                "field_title",
                "field_color",
                "lead_name",
                "lead_kind",
                "further_action_fields",
                "needs",
                "partner_actors",
                "target_groups",
                "links",
                "steps")) {
            query.addScalar(text, String.class);
        }
        List<MeasureDto> measures =
                query.setParameter("ids", ids.toArray(UUID[]::new)).setParameter("area", area).getResultList().stream()
                        .map(row -> measure(row, drafts))
                        .toList();
        return Ids.inOrder(ids, measures, MeasureDto::id);
    }

    private static MeasureDto measure(Tuple r, boolean drafts) {
        UUID leadId = r.get("lead_id", UUID.class);
        String priority = r.get("priority", String.class);
        return new MeasureDto(
                r.get("id", UUID.class),
                r.get(drafts ? "version" : "public_version", Long.class),
                r.get("created_at", Instant.class),
                r.get("updated_at", Instant.class),
                r.get("code", String.class),
                r.get("title", String.class),
                r.get("summary", String.class),
                r.get("easy_language_summary", String.class),
                r.get("description", String.class),
                new ActionFieldSummary(
                        r.get("field_id", UUID.class),
                        r.get("field_code", String.class),
                        r.get("field_title", String.class),
                        r.get("field_color", String.class)),
                list(r, "further_action_fields", FIELDS),
                list(r, "needs", NEEDS),
                MeasureStatus.valueOf(r.get("status", String.class)),
                priority == null ? null : Priority.valueOf(priority),
                r.get("progress", Integer.class),
                r.get("start_date", LocalDate.class),
                r.get("end_date", LocalDate.class),
                leadId == null
                        ? null
                        : new ActorSummary(
                                leadId,
                                r.get("lead_name", String.class),
                                ActorKind.valueOf(r.get("lead_kind", String.class))),
                list(r, "partner_actors", ACTORS),
                list(r, "target_groups", GROUPS),
                r.get("location", String.class),
                GeoJson.parse(r.get("location_geometry", String.class)),
                r.get("location_approximate", Boolean.class),
                Money.of(r.get("budget_amount", BigDecimal.class), r.get("budget_currency", String.class)),
                r.get("funding_source", String.class),
                list(r, "links", LINKS),
                list(r, "steps", STEPS),
                PublicationStatus.valueOf(r.get("publication_status", String.class)));
    }

    private static <T> List<T> list(Tuple r, String column, TypeReference<List<T>> type) {
        return JsonArrays.read(r.get(column, String.class), type);
    }
}
