package de.ihk.opendata;

import de.ihk.area.Area;
import de.ihk.common.ApiException;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The areas open data is about: the published ones, whoever asks (like calendar feeds, open data is the same for
 * everybody, so a draft area has none, also for its editors), and when their published content last changed.
 */
@ApplicationScoped
class PublishedAreas {

    /**
     * The latest change of what readers see of an area: the area, its published action fields, needs, measures (with
     * their steps), presentations and indicators, and its editions. {@code greatest} skips the nulls of kinds an area has none of.
     */
    private static final String MODIFIED = "SELECT a.id, greatest(a.updated_at,"
            + " (SELECT max(f.updated_at) FROM action_field f WHERE f.area_id = a.id AND "
            + Publication.actionField("f")
            + "), (SELECT max(n.updated_at) FROM need n WHERE n.area_id = a.id AND " + Publication.need("n")
            + "), (SELECT max(greatest(m.updated_at, (SELECT max(s.updated_at) FROM action_step s"
            + " WHERE s.measure_id = m.id))) FROM measure m WHERE m.area_id = a.id AND " + Publication.measure("m")
            + "), (SELECT max(p.updated_at) FROM presentation p WHERE p.area_id = a.id AND "
            + Publication.presentation("p")
            + "), (SELECT max(i.updated_at) FROM indicator i WHERE i.area_id = a.id AND " + Publication.indicator("i")
            + "), (SELECT max(e.updated_at) FROM edition e WHERE e.area_id = a.id))"
            + " FROM area a WHERE a.id IN (:areas)";

    @Inject
    EntityManager em;

    /** The published areas by name. */
    List<Area> all() {
        return em.createQuery(
                        "SELECT a FROM Area a WHERE a.publicationStatus = :published ORDER BY a.name, a.slug",
                        Area.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .getResultList();
    }

    /** The published area with this slug; 404 otherwise. */
    Area bySlug(String slug) {
        return Area.findBySlug(slug)
                .filter(Area::isPublic)
                .orElseThrow(() -> ApiException.notFound("There is no published area with slug '" + slug + "'."));
    }

    /** When the published content of each area last changed. */
    Map<UUID, Instant> modified(Collection<Area> areas) {
        Map<UUID, Instant> modified = new HashMap<>();
        if (areas.isEmpty()) {
            return modified;
        }
        List<?> rows = em.createNativeQuery(MODIFIED)
                .setParameter("areas", areas.stream().map(a -> a.id).toList())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            modified.put((UUID) columns[0], instant(columns[1]));
        }
        return modified;
    }

    /** The published action field titles of each area, by position: keywords of its dataset. */
    Map<UUID, List<String>> actionFieldTitles(Collection<Area> areas) {
        Map<UUID, List<String>> titles = new HashMap<>();
        if (areas.isEmpty()) {
            return titles;
        }
        em.createQuery(
                        "SELECT f.area.id, f.title FROM ActionField f WHERE f.area IN :areas"
                                + " AND f.publicationStatus = :published ORDER BY f.position, f.code",
                        Object[].class)
                .setParameter("areas", areas)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .getResultList()
                .forEach(row -> titles.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                        .add((String) row[1]));
        return titles;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
