package de.ihk.access;

import de.ihk.common.SqlFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whose drafts the caller sees: admins all, editors those of their areas, contributors those of the areas their
 * actors work in, anonymous readers none. What counts as published is {@link de.ihk.common.Publication}'s rule.
 */
@RequestScoped
public class DraftAccess {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    private Set<UUID> contributorAreas;

    public boolean showsDrafts(UUID areaId) {
        return user.mayEdit(areaId)
                || (user.role() == Role.CONTRIBUTOR && contributorAreas().contains(areaId));
    }

    /**
     * Restricts a query across areas to what the caller may see: published rows, plus every row of the areas whose
     * drafts the caller sees.
     *
     * @param areaColumn the area id column of the queried table
     * @param publicRows an SQL condition from {@link de.ihk.common.Publication}: "this row and its parents are published"
     */
    public void restrict(SqlFilter where, String areaColumn, String publicRows) {
        Set<UUID> draftAreas = draftAreas();
        if (draftAreas == null) {
            return;
        }
        if (draftAreas.isEmpty()) {
            where.where(publicRows);
        } else {
            where.where(
                    "(" + publicRows + " OR " + areaColumn + " IN (:draftAreas))",
                    "draftAreas",
                    List.copyOf(draftAreas));
        }
    }

    /** The areas whose drafts the caller sees; null for admins, who see all. */
    public Set<UUID> draftAreas() {
        return switch (user.role()) {
            case ADMIN -> null;
            case EDITOR -> user.areaIds();
            case CONTRIBUTOR -> contributorAreas();
            case ANONYMOUS -> Set.of();
        };
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> contributorAreas() {
        if (contributorAreas == null) {
            contributorAreas =
                    user.role() != Role.CONTRIBUTOR || user.actorIds().isEmpty()
                            ? Set.of()
                            : new HashSet<>(em.createNativeQuery("""
                            SELECT m.area_id FROM measure m WHERE m.lead_actor_id IN (:actors)
                            UNION SELECT m.area_id FROM measure m JOIN measure_partner_actor p ON p.measure_id = m.id
                                  WHERE p.actor_id IN (:actors)""", UUID.class)
                                    .setParameter("actors", List.copyOf(user.actorIds()))
                                    .getResultList());
        }
        return contributorAreas;
    }
}
