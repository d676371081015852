package de.ihk.area;

import de.ihk.common.ApiException;
import de.ihk.common.BaseEntity;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Finds a record of an area by id; a record of another area is as absent as an unknown one (404). */
public final class AreaRecords {

    private AreaRecords() {
    }

    public static <E extends BaseEntity> E require(EntityManager em, Class<E> type, String label, Area area, UUID id) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id = :id AND e.area = :area", type)
                .setParameter("id", id)
                .setParameter("area", area)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("There is no " + label + " with id " + id + " in area '" + area.slug + "'."));
    }
}
