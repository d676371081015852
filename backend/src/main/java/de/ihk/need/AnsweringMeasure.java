package de.ihk.need;

import de.ihk.common.Publication;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a need shows a measure answering it (the contract's MeasureSummary). Read with SQL, since measures are built on
 * needs and not the other way round: the status is the measure's status name.
 */
public record AnsweringMeasure(UUID id, String code, String title, String status) {

    /** The measures answering each of the needs, ordered by code; only public ones unless the reader sees drafts. */
    @SuppressWarnings("unchecked")
    static Map<UUID, List<AnsweringMeasure>> of(EntityManager em, Collection<UUID> needIds, boolean drafts) {
        Map<UUID, List<AnsweringMeasure>> byNeed = new HashMap<>();
        if (needIds.isEmpty()) {
            return byNeed;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT mn.need_id, m.id, m.code, m.title, m.status"
                        + " FROM measure_need mn JOIN measure m ON m.id = mn.measure_id WHERE mn.need_id IN (:needs)"
                        + (drafts ? "" : " AND " + Publication.measure("m")) + " ORDER BY m.code, m.id")
                .setParameter("needs", List.copyOf(needIds))
                .getResultList();
        for (Object[] row : rows) {
            byNeed.computeIfAbsent((UUID) row[0], need -> new ArrayList<>())
                    .add(new AnsweringMeasure((UUID) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return byNeed;
    }
}
