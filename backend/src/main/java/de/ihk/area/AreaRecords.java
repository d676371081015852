package de.ihk.area;

import de.ihk.common.ApiException;
import de.ihk.common.BaseEntity;
import de.ihk.common.Publishable;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Finds a record of an area by id; a record of another area is as absent as an unknown one (404). */
public final class AreaRecords {

    private AreaRecords() {}

    /** Like {@link #require}, and as absent to a reader who does not see drafts while the record is not public. */
    public static <E extends BaseEntity & Publishable> E requireVisible(
            EntityManager em, Class<E> type, String label, Area area, UUID id, boolean drafts) {
        E record = require(em, type, label, area, id);
        if (!drafts && !record.isPublic()) {
            throw notFound(label, area, id);
        }
        return record;
    }

    public static <E extends BaseEntity> E require(EntityManager em, Class<E> type, String label, Area area, UUID id) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id = :id AND e.area = :area", type)
                .setParameter("id", id)
                .setParameter("area", area)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> notFound(label, area, id));
    }

    /** The 404 for a record of the area that is absent, or present but not for this reader. */
    public static ApiException notFound(String label, Area area, UUID id) {
        return ApiException.notFound("There is no " + label + " with id " + id + " in area '" + area.slug + "'.");
    }
}
