package de.ihk.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * A list endpoint's query: the matching records, filtered as the request says, and how they become DTOs. JSON lists
 * read one page of it ({@link #page}); exports read all of it ({@link #forEachChunk}) through a database cursor over
 * the ids, loading and mapping {@value #CHUNK} records at a time and then forgetting them, so memory stays flat
 * however long the list is. Both ways see the same rows, in the same order, mapped by the same code.
 */
public final class ListQuery<T> implements Rows<T> {

    /** Records loaded and mapped at a time (the batch fetch size, so that each association costs one query). */
    public static final int CHUNK = 200;

    private final EntityManager em;
    private final String from;
    private final String alias;
    private final SqlFilter filter;
    private final Function<PageRequest, Page<T>> pages;
    private final Function<List<UUID>, List<T>> byIds;

    private ListQuery(
            EntityManager em,
            String from,
            String alias,
            SqlFilter filter,
            Function<PageRequest, Page<T>> pages,
            Function<List<UUID>, List<T>> byIds) {
        this.em = em;
        this.from = from;
        this.alias = alias;
        this.filter = filter;
        this.pages = pages;
        this.byIds = byIds;
    }

    /** Records mapped one by one. */
    public static <E extends BaseEntity, T> ListQuery<T> of(
            EntityManager em, Class<E> type, String from, String alias, SqlFilter filter, Function<E, T> mapper) {
        return mappedTogether(
                em,
                type,
                from,
                alias,
                filter,
                records -> records.stream().map(mapper).toList());
    }

    /** Records mapped a page or chunk at a time (for mappings that read more about all of them in one query). */
    public static <E extends BaseEntity, T> ListQuery<T> mappedTogether(
            EntityManager em,
            Class<E> type,
            String from,
            String alias,
            SqlFilter filter,
            Function<List<E>, List<T>> mapper) {
        return new ListQuery<>(
                em,
                from,
                alias,
                filter,
                page -> {
                    Page<E> records = PagedQuery.run(em, type, from, alias, filter, page);
                    return records.withItems(mapper.apply(records.items()));
                },
                ids -> mapper.apply(load(em, type, ids)));
    }

    /**
     * Records read straight into their DTOs, without entities: {@code reader} gives the DTOs of the records with the
     * ids it is given, in their order. A page costs the count, the page's ids and what the reader needs.
     */
    public static <T> ListQuery<T> projected(
            EntityManager em, String from, String alias, SqlFilter filter, Function<List<UUID>, List<T>> reader) {
        return new ListQuery<>(
                em,
                from,
                alias,
                filter,
                page -> {
                    Page<UUID> ids = PagedQuery.ids(em, from, alias, filter, page);
                    return ids.withItems(ids.items().isEmpty() ? List.of() : reader.apply(ids.items()));
                },
                reader);
    }

    public Page<T> page(PageRequest page) {
        return pages.apply(page);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachChunk(PageRequest order, Consumer<List<T>> sink) {
        if (order.updatedSince() != null) {
            filter.where(alias + ".updated_at >= :updatedSince", "updatedSince", order.updatedSince());
        }
        Query ids = em.createNativeQuery(
                        "SELECT " + alias + ".id FROM " + from + filter.clause() + " ORDER BY " + order.orderBy(),
                        UUID.class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, CHUNK)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        filter.bind(ids);
        try (Stream<UUID> stream = ids.getResultStream()) {
            Iterator<UUID> cursor = stream.iterator();
            List<UUID> chunk = new ArrayList<>(CHUNK);
            while (cursor.hasNext()) {
                chunk.add(cursor.next());
                if (chunk.size() == CHUNK || !cursor.hasNext()) {
                    sink.accept(byIds.apply(List.copyOf(chunk)));
                    em.clear(); // what was mapped is written; nothing of it is needed again
                    chunk.clear();
                }
            }
        }
    }

    /** The records with these ids, in their order. */
    private static <E extends BaseEntity> List<E> load(EntityManager em, Class<E> type, List<UUID> ids) {
        String entity = em.getMetamodel().entity(type).getName();
        List<E> records = em.createQuery("SELECT x FROM " + entity + " x WHERE x.id IN :ids", type)
                .setParameter("ids", ids)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return Ids.inOrder(ids, records, record -> record.id);
    }
}
