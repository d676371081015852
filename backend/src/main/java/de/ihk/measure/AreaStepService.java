package de.ihk.measure;

import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Publication;
import de.ihk.common.Rows;
import de.ihk.common.SqlFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The action steps of all measures of an area: what is due, and who is responsible. */
@ApplicationScoped
@Transactional
public class AreaStepService {

    static final Map<String, String> SORTABLE = Map.of(
            "dueDate", "s.due_date",
            "measure", "m.code",
            "position", "s.position",
            "status", "s.status",
            "title", "lower(s.title)",
            "createdAt", "s.created_at",
            "updatedAt", "s.updated_at");

    static final String DEFAULT_SORT = "dueDate,measure,position";

    /** Steps still to do: open or in progress. */
    public static final List<StepStatus> OPEN = List.of(StepStatus.OPEN, StepStatus.IN_PROGRESS);

    @Inject
    EntityManager em;

    @Inject
    AreaAccess access;

    /**
     * What the step list shows.
     *
     * @param statuses   only steps with one of these statuses (empty: all)
     * @param open       true: only open and in-progress steps; false: only done and cancelled ones
     * @param dueBefore  only steps due before this day (steps without a due date are left out)
     * @param responsible only steps this actor is responsible for
     * @param measure    only the steps of this measure
     */
    public record Filter(
            List<StepStatus> statuses, Boolean open, LocalDate dueBefore, UUID responsible, UUID measure) {}

    public Page<AreaStepDto> list(String slug, Filter filter, PageRequest page) {
        return query(slug, filter).page(page);
    }

    /** Every step the list shows, read when an export is written (see {@link Rows}). */
    public Rows<AreaStepDto> all(String slug, Filter filter) {
        return query(slug, filter);
    }

    private ListQuery<AreaStepDto> query(String slug, Filter filter) {
        Area area = access.forRead(slug);
        SqlFilter where = new SqlFilter()
                .where("m.area_id = :area", "area", area.id)
                .where(
                        "s.status IN (:statuses)",
                        "statuses",
                        filter.statuses().stream().map(Enum::name).toList())
                .where("s.due_date < :dueBefore", "dueBefore", filter.dueBefore())
                .where("s.responsible_actor_id = :responsible", "responsible", filter.responsible())
                .where("s.measure_id = :measure", "measure", filter.measure());
        if (filter.open() != null) {
            where.where(
                    (filter.open() ? "" : "NOT ") + "s.status IN (:open)",
                    "open",
                    OPEN.stream().map(Enum::name).toList());
        }
        if (!access.showsDrafts(area)) {
            where.where(Publication.measure("m"));
        }
        return ListQuery.of(
                em,
                ActionStep.class,
                "action_step s JOIN measure m ON m.id = s.measure_id",
                "s",
                where,
                AreaStepDto::of);
    }
}
