package de.ihk.common;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Short codes of action fields, needs and measures: unique within their area. */
public final class Codes {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final String MESSAGE =
            "Must start with a letter or digit and contain only letters, digits, '.', '_' and '-'.";

    private Codes() {}

    /** Refuses with 409 when another record of the table in the area already has the code. */
    public static void requireUnused(
            EntityManager em, String table, String label, UUID areaId, String code, UUID exceptId) {
        Number taken = (Number) em.createNativeQuery(
                        "SELECT count(*) FROM " + table + " WHERE area_id = :area AND code = :code AND id <> :except")
                .setParameter("area", areaId)
                .setParameter("code", code)
                .setParameter("except", exceptId == null ? new UUID(0, 0) : exceptId)
                .getSingleResult();
        if (taken.longValue() > 0) {
            throw ApiException.conflict(
                    "The code '" + code + "' is already used by another " + label + " of this area.");
        }
    }
}
