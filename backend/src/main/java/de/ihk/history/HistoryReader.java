package de.ihk.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.auth.CurrentUser;
import de.ihk.auth.Role;
import de.ihk.common.ApiException;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads the change history. A record that still exists shows its history to whoever may read the
 * record; the history of a deleted record only to those who see the drafts of its area. Anonymous
 * readers see the author's role, not the name.
 */
@ApplicationScoped
@Transactional
public class HistoryReader {

    private static final TypeReference<List<RevisionDto.Change>> CHANGES = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentUser user;

    @Inject
    AreaAccess access;

    /** Page and size of a history request; revisions are always newest first. */
    public static PageRequest pageOf(String page, String size) {
        return PageRequest.of(page, size, null, java.util.Map.of("changedAt", "changed_at"), "-changedAt", "id");
    }

    /**
     * @param readable checks that the caller may read the record and fails with 404 otherwise; it
     *                 is not called for a deleted record
     */
    public Page<RevisionDto> of(RecordType type, UUID id, Runnable readable, PageRequest page) {
        Object[] latest = (Object[]) em.createNativeQuery("""
                        SELECT action, area_id FROM revision WHERE record_type = :type AND record_id = :id
                        ORDER BY changed_at DESC LIMIT 1""")
                .setParameter("type", type.name()).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
        if (latest != null && "DELETED".equals(latest[0])) {
            requireSeesDeleted((UUID) latest[1], type, id);
        } else {
            readable.run();
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM revision WHERE record_type = :type AND record_id = :id")
                .setParameter("type", type.name()).setParameter("id", id).getSingleResult()).longValue();
        List<RevisionDto> items = rows("record_type = :type AND record_id = :id", page)
                .setParameter("type", type.name()).setParameter("id", id)
                .getResultList().stream().map(row -> toDto((Object[]) row)).toList();
        return Page.of(items, page, total);
    }

    /** The records of an area deleted recently, newest first (admins only). */
    public Page<RevisionDto> deletionsOf(String slug, PageRequest page) {
        Area area = access.forRead(slug);
        user.requireAdmin();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM revision WHERE area_id = :area AND action = 'DELETED'")
                .setParameter("area", area.id).getSingleResult()).longValue();
        List<RevisionDto> items = rows("area_id = :area AND action = 'DELETED'", page)
                .setParameter("area", area.id)
                .getResultList().stream().map(row -> toDto((Object[]) row)).toList();
        return Page.of(items, page, total);
    }

    private jakarta.persistence.Query rows(String condition, PageRequest page) {
        return em.createNativeQuery("""
                        SELECT id, record_type, record_id, record_label, action, changed_at, author_name, author_role, via_token,
                               CAST(changes AS text)
                        FROM revision WHERE %s ORDER BY changed_at DESC, id LIMIT :limit OFFSET :offset""".formatted(condition))
                .setParameter("limit", page.size()).setParameter("offset", page.offset());
    }

    private void requireSeesDeleted(UUID areaId, RecordType type, UUID id) {
        Area area = areaId == null ? null : em.find(Area.class, areaId);
        boolean sees = user.isAdmin() || area != null && access.showsDrafts(area);
        if (!sees) {
            throw ApiException.notFound("There is no " + type.name().toLowerCase().replace('_', ' ') + " with id " + id + ".");
        }
    }

    private RevisionDto toDto(Object[] row) {
        boolean showNames = !user.isAnonymous();
        RevisionDto.Author author = new RevisionDto.Author(showNames ? (String) row[6] : null, Role.valueOf((String) row[7]),
                (Boolean) row[8]);
        try {
            return new RevisionDto((UUID) row[0], RecordType.valueOf((String) row[1]), (UUID) row[2], (String) row[3],
                    RevisionDto.Action.valueOf((String) row[4]), instant(row[5]), author, mapper.readValue((String) row[9], CHANGES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
