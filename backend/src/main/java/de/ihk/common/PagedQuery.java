package de.ihk.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * Runs a filtered, sorted, paged list query in two statements (count and page), whatever the page
 * size. Associations of the loaded entities are then fetched in batches (see
 * {@code hibernate.default_batch_fetch_size}), so a list costs a fixed number of queries.
 */
public final class PagedQuery {

    private PagedQuery() {}

    /**
     * One page of the entities matching {@code filter}, and how many match in all.
     *
     * @param from  the FROM part, e.g. {@code measure m}; the alias {@code x} must select the entity's table
     * @param alias the alias of the entity's table in {@code from}
     */
    public static <E> Page<E> run(
            EntityManager em, Class<E> type, String from, String alias, SqlFilter filter, PageRequest page) {
        return select(em, type, alias + ".*", from, alias, filter, page);
    }

    /** Like {@link #run}, but only the ids of the page's records, for reads that project them (see {@link ListQuery}). */
    public static Page<UUID> ids(EntityManager em, String from, String alias, SqlFilter filter, PageRequest page) {
        return select(em, UUID.class, alias + ".id", from, alias, filter, page);
    }

    @SuppressWarnings("unchecked")
    private static <R> Page<R> select(
            EntityManager em,
            Class<R> type,
            String columns,
            String from,
            String alias,
            SqlFilter filter,
            PageRequest page) {
        if (page.updatedSince() != null) {
            filter.where(alias + ".updated_at >= :updatedSince", "updatedSince", page.updatedSince());
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM " + from + filter.clause(), Long.class);
        filter.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        Query select = em.createNativeQuery(
                "SELECT " + columns + " FROM " + from + filter.clause() + " ORDER BY " + page.orderBy()
                        + " LIMIT :limit OFFSET :offset",
                type);
        filter.bind(select);
        select.setParameter("limit", page.size());
        select.setParameter("offset", page.offset());
        return Page.of((List<R>) select.getResultList(), page, total);
    }
}
