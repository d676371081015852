package de.ihk.overview;

import de.ihk.actor.ActorKind;
import de.ihk.actor.ActorSummary;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.area.AreaDto;
import de.ihk.common.Publication;
import de.ihk.common.ReadOnly;
import de.ihk.edition.Edition;
import de.ihk.edition.EditionDto;
import de.ihk.measure.MeasureStatus;
import de.ihk.measure.MeasureSummary;
import de.ihk.measure.StepStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The one-call front page of an area, built in a fixed number of queries whatever the area's size. */
@ApplicationScoped
@Transactional
public class AreaOverviewService {

    static final int UPCOMING_PRESENTATIONS = 5;
    static final int DUE_STEPS = 10;
    static final int DUE_HORIZON_DAYS = 30;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AreaAccess access;

    public AreaOverview overview(String slug) {
        ReadOnly.session(em);
        Area area = access.forRead(slug);
        boolean drafts = access.showsDrafts(area);
        LocalDate today = LocalDate.now(clock);
        List<AreaOverview.ActionFieldStats> fields = actionFieldStats(area, drafts);
        Map<MeasureStatus, Long> byStatus = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            byStatus.put(status, 0L);
        }
        long measures = 0;
        long progressSum = 0;
        for (Object[] row : statusRows(area, drafts)) {
            long count = ((Number) row[1]).longValue();
            byStatus.put(MeasureStatus.valueOf((String) row[0]), count);
            measures += count;
            progressSum += ((Number) row[2]).longValue();
        }
        long needs = fields.stream()
                .mapToLong(AreaOverview.ActionFieldStats::needsCount)
                .sum();
        long uncovered = fields.stream()
                .mapToLong(AreaOverview.ActionFieldStats::uncoveredNeedsCount)
                .sum();
        return new AreaOverview(
                AreaDto.of(area, drafts),
                currentEdition(area),
                fields,
                needs,
                uncovered,
                measures,
                measures == 0 ? null : round((double) progressSum / measures),
                byStatus,
                UpcomingPresentations.read(em, area.id, today, drafts, UPCOMING_PRESENTATIONS),
                stepsDueSoon(area, today, drafts));
    }

    @SuppressWarnings("unchecked")
    private List<AreaOverview.ActionFieldStats> actionFieldStats(Area area, boolean drafts) {
        String publicField = drafts ? "" : " AND " + Publication.actionField("f");
        String publicNeed = drafts ? "" : " AND " + Publication.need("n");
        String publicMeasure = drafts ? "" : " AND " + Publication.measure("m");
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT f.id, f.code, f.title, f.color, f.position, f.goal,
                               (SELECT count(*) FROM need n WHERE n.action_field_id = f.id %2$s),
                               (SELECT count(*) FROM need n WHERE n.action_field_id = f.id %2$s
                                   AND NOT EXISTS (SELECT 1 FROM measure_need mn JOIN measure m ON m.id = mn.measure_id
                                                   WHERE mn.need_id = n.id %3$s)),
                               ms.measures, ms.mean_progress
                        FROM action_field f
                        CROSS JOIN LATERAL (
                            SELECT count(*) AS measures, avg(m.progress) AS mean_progress
                            FROM measure m
                            WHERE m.area_id = f.area_id %3$s
                              AND (m.action_field_id = f.id
                                   OR EXISTS (SELECT 1 FROM measure_action_field maf WHERE maf.measure_id = m.id AND maf.action_field_id = f.id))
                        ) ms
                        WHERE f.area_id = :area %1$s
                        ORDER BY f.position, f.code""".formatted(publicField, publicNeed, publicMeasure))
                .setParameter("area", area.id)
                .getResultList();
        return rows.stream()
                .map(r -> new AreaOverview.ActionFieldStats(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).intValue(),
                        (String) r[5],
                        ((Number) r[6]).longValue(),
                        ((Number) r[7]).longValue(),
                        ((Number) r[8]).longValue(),
                        r[9] == null ? null : round(((Number) r[9]).doubleValue())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> statusRows(Area area, boolean drafts) {
        return em.createNativeQuery(
                        "SELECT m.status, count(*), coalesce(sum(m.progress), 0) FROM measure m WHERE m.area_id = :area"
                                + (drafts ? "" : " AND " + Publication.measure("m")) + " GROUP BY m.status")
                .setParameter("area", area.id)
                .getResultList();
    }

    /** The edition with the latest publication date; null while no edition is published. */
    private EditionDto currentEdition(Area area) {
        return em.createQuery("""
                        FROM Edition e WHERE e.area = :area AND e.publishedOn IS NOT NULL
                        ORDER BY e.publishedOn DESC, e.createdAt DESC""", Edition.class)
                .setParameter("area", area)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(EditionDto::of)
                .orElse(null);
    }

    /**
     * Open and started steps due within the horizon, overdue ones included, earliest first: one query, read as the
     * summaries the overview shows (no entities).
     */
    @SuppressWarnings("unchecked")
    private List<AreaOverview.DueStep> stepsDueSoon(Area area, LocalDate today, boolean drafts) {
        List<Object[]> rows = em.createNativeQuery(
                        """
                        SELECT s.id, s.title, s.due_date, s.status, m.id AS measure_id, m.code, m.title AS measure_title,
                               m.status AS measure_status, a.id AS actor_id, a.name, a.kind
                        FROM action_step s JOIN measure m ON m.id = s.measure_id
                        LEFT JOIN actor a ON a.id = s.responsible_actor_id
                        WHERE m.area_id = :area AND s.status IN ('OPEN', 'IN_PROGRESS') AND s.due_date <= :horizon %s
                        ORDER BY s.due_date, s.position, s.id LIMIT %d""".formatted(drafts ? "" : " AND " + Publication.measure("m"), DUE_STEPS))
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("title", String.class)
                .addScalar("due_date", LocalDate.class)
                .addScalar("status", String.class)
                .addScalar("measure_id", UUID.class)
                .addScalar("code", String.class)
                .addScalar("measure_title", String.class)
                .addScalar("measure_status", String.class)
                .addScalar("actor_id", UUID.class)
                .addScalar("name", String.class)
                .addScalar("kind", String.class)
                .setParameter("area", area.id)
                .setParameter("horizon", today.plusDays(DUE_HORIZON_DAYS))
                .getResultList();
        return rows.stream()
                .map(r -> new AreaOverview.DueStep(
                        (UUID) r[0],
                        (String) r[1],
                        (LocalDate) r[2],
                        StepStatus.valueOf((String) r[3]),
                        new MeasureSummary(
                                (UUID) r[4], (String) r[5], (String) r[6], MeasureStatus.valueOf((String) r[7])),
                        r[8] == null
                                ? null
                                : new ActorSummary((UUID) r[8], (String) r[9], ActorKind.valueOf((String) r[10]))))
                .toList();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
