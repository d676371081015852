package de.ihk.area;

import de.ihk.auth.CurrentUser;
import de.ihk.auth.Role;
import de.ihk.common.ApiException;
import de.ihk.common.PublicationStatus;
import de.ihk.common.SqlFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which areas the caller may read and change, and whose drafts they see. A draft the caller may
 * not see is answered like a record that does not exist (404), so ids cannot be probed.
 */
@RequestScoped
public class AreaAccess {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    private Set<UUID> contributorAreas;

    /** The area, if the caller may read it; 404 otherwise. */
    public Area forRead(String slug) {
        return Area.findBySlug(slug).filter(this::canRead)
                .orElseThrow(() -> ApiException.notFound("There is no area with slug '" + slug + "'."));
    }

    /** The area, if the caller may change its content: 404 if they cannot even read it, 401/403 otherwise. */
    public Area forEdit(String slug) {
        Area area = forRead(slug);
        user.requireEditor(area);
        return area;
    }

    public boolean canRead(Area area) {
        return area.publicationStatus == PublicationStatus.PUBLISHED || showsDrafts(area);
    }

    /** Editors (and admins) see the drafts of their areas, contributors those of the areas their actors work in. */
    public boolean showsDrafts(Area area) {
        return user.mayEdit(area) || user.role() == Role.CONTRIBUTOR && contributorAreas().contains(area.id);
    }

    /**
     * Restricts a query across areas to what the caller may see: published rows, plus every row of
     * the areas whose drafts the caller sees.
     *
     * @param areaColumn      the area id column of the queried table
     * @param publishedChecks SQL conditions that together mean "this row and its parents are published"
     */
    public void restrict(SqlFilter where, String areaColumn, String publishedChecks) {
        if (user.isAdmin()) {
            return;
        }
        Set<UUID> draftAreas = draftAreasOfRole();
        if (draftAreas.isEmpty()) {
            where.where(publishedChecks);
        } else {
            where.where("(" + publishedChecks + " OR " + areaColumn + " IN (:draftAreas))", "draftAreas", List.copyOf(draftAreas));
        }
    }

    /** The areas whose drafts the caller sees; null for admins, who see all. */
    public Set<UUID> draftAreas() {
        if (user.isAdmin()) {
            return null;
        }
        return draftAreasOfRole();
    }

    private Set<UUID> draftAreasOfRole() {
        return switch (user.role()) {
            case EDITOR -> user.areaIds();
            case CONTRIBUTOR -> contributorAreas();
            default -> Set.of();
        };
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> contributorAreas() {
        if (contributorAreas == null) {
            contributorAreas = user.role() != Role.CONTRIBUTOR || user.actorIds().isEmpty() ? Set.of()
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
