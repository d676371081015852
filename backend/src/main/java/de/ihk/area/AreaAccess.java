package de.ihk.area;

import de.ihk.access.CurrentUser;
import de.ihk.access.DraftAccess;
import de.ihk.common.ApiException;
import de.ihk.common.BaseEntity;
import de.ihk.common.PublishableEntity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Which areas the caller may read and change. A draft area the caller may not see is answered like one that does not
 * exist (404), so slugs cannot be probed.
 */
@RequestScoped
public class AreaAccess {

    @Inject
    CurrentUser user;

    @Inject
    DraftAccess drafts;

    @Inject
    EntityManager em;

    /** A record of an area as the caller may see it, and whether they see the area's drafts. */
    public record Seen<E>(E record, boolean drafts) {}

    /** The area, if the caller may read it; 404 otherwise. */
    public Area forRead(String slug) {
        return Area.findBySlug(slug)
                .filter(this::canRead)
                .orElseThrow(() -> ApiException.notFound("There is no area with slug '" + slug + "'."));
    }

    /** The area, if the caller may change its content: 404 if they cannot even read it, 401/403 otherwise. */
    public Area forEdit(String slug) {
        Area area = forRead(slug);
        user.requireEditor(area.id, area.slug);
        return area;
    }

    /** The record of the area, if the caller may see it (a draft only who sees drafts); 404 otherwise. */
    public <E extends PublishableEntity> Seen<E> readable(Class<E> type, String label, String slug, UUID id) {
        Area area = forRead(slug);
        boolean drafts = showsDrafts(area);
        return new Seen<>(AreaRecords.requireVisible(em, type, label, area, id, drafts), drafts);
    }

    /** The record of the area, if the caller may change it: 404 if they cannot even read it, 401/403 otherwise. */
    public <E extends BaseEntity> E editable(Class<E> type, String label, String slug, UUID id) {
        return AreaRecords.require(em, type, label, forEdit(slug), id);
    }

    public boolean canRead(Area area) {
        return area.isPublic() || showsDrafts(area);
    }

    /** Editors (and admins) see the drafts of their areas, contributors those of the areas their actors work in. */
    public boolean showsDrafts(Area area) {
        return drafts.showsDrafts(area.id);
    }
}
