package de.ihk.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.access.CurrentUser;
import de.ihk.access.DraftAccess;
import de.ihk.access.Role;
import de.ihk.common.ApiException;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.write.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the change history. A record that still exists shows its history to whoever may read the record; the history
 * of a deleted record only to those who see the drafts of its area. Readers who see the drafts of the record's area
 * get every revision with the changes as editors saw them; everybody else gets the revisions they could see, with the
 * changes of the public representation (so no draft the record links to is named), and the author's role, not name.
 */
@ApplicationScoped
@Transactional
public class HistoryReader {

    private static final TypeReference<List<RevisionDto.Change>> CHANGES = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentUser user;

    @Inject
    DraftAccess drafts;

    /** Page and size of a history request; revisions are always newest first. */
    public static PageRequest pageOf(String page, String size) {
        return PageRequest.of(page, size, null, Map.of("changedAt", "changed_at"), "-changedAt", "id");
    }

    /**
     * The history of a record, newest first.
     *
     * @param readable checks that the caller may read the record and fails with 404 otherwise; it is not called for a
     *                 deleted record
     */
    public Page<RevisionDto> of(RecordType type, UUID id, Runnable readable, PageRequest page) {
        Object[] latest = (Object[]) em.createNativeQuery("""
                        SELECT action, area_id FROM revision WHERE record_type = :type AND record_id = :id
                        ORDER BY changed_at DESC LIMIT 1""")
                .setParameter("type", type.name())
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(null);
        UUID areaId = latest == null ? null : (UUID) latest[1];
        boolean seesDrafts = areaId == null ? user.isAdmin() : drafts.showsDrafts(areaId);
        if (latest != null && "DELETED".equals(latest[0])) {
            if (!seesDrafts) {
                throw ApiException.notFound("There is no " + type.noun() + " with id " + id + ".");
            }
        } else {
            readable.run();
        }
        String condition =
                "record_type = :type AND record_id = :id" + (seesDrafts ? "" : " AND public_changes IS NOT NULL");
        return page(condition, Map.of("type", type.name(), "id", id), seesDrafts, page);
    }

    /** The records of an area deleted recently, newest first (admins only). */
    public Page<RevisionDto> deletionsOf(UUID areaId, PageRequest page) {
        user.requireAdmin();
        return page("area_id = :area AND action = 'DELETED'", Map.of("area", areaId), true, page);
    }

    private Page<RevisionDto> page(
            String condition, Map<String, Object> parameters, boolean seesDrafts, PageRequest page) {
        Query count = em.createNativeQuery("SELECT count(*) FROM revision WHERE " + condition);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query rows = em.createNativeQuery("""
                        SELECT id, record_type, record_id, record_label, action, changed_at, author_name, author_role, via_token,
                               CAST(%s AS text)
                        FROM revision WHERE %s ORDER BY changed_at DESC, id LIMIT :limit OFFSET :offset""".formatted(seesDrafts ? "changes" : "public_changes", condition))
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset());
        parameters.forEach(rows::setParameter);
        List<RevisionDto> items = ((List<?>) rows.getResultList())
                .stream().map(row -> toDto((Object[]) row)).toList();
        return Page.of(items, page, total);
    }

    private RevisionDto toDto(Object[] row) {
        boolean showNames = !user.isAnonymous();
        RevisionDto.Author author = new RevisionDto.Author(
                showNames ? (String) row[6] : null, Role.valueOf((String) row[7]), (Boolean) row[8]);
        try {
            return new RevisionDto(
                    (UUID) row[0],
                    RecordType.valueOf((String) row[1]),
                    (UUID) row[2],
                    (String) row[3],
                    RevisionDto.Action.valueOf((String) row[4]),
                    instant(row[5]),
                    author,
                    mapper.readValue((String) row[9], CHANGES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
