package de.ihk.search;

import de.ihk.access.DraftAccess;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Publication;
import de.ihk.common.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Full-text search over areas, action fields, needs, measures, steps and actors with PostgreSQL's
 * German configuration (stemming, stop words), ranked by ts_rank. Snippets are computed for the
 * returned page only.
 */
@ApplicationScoped
@Transactional
public class SearchService {

    private static final String ESCAPED = "replace(replace(replace(%s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";

    /** One branch per type: type, id, title, text to show a snippet of, vector, area, measure (for steps). */
    private static final String HITS = """
            SELECT 'AREA' AS type, a.id, a.name AS title, coalesce(a.summary, '') || ' ' || coalesce(a.description, '') AS body,
                   ts_rank(a.search_vector, q.tsq) AS rank, a.slug AS area_slug, a.name AS area_name, NULL::uuid AS measure_id
              FROM area a, q WHERE a.search_vector @@ q.tsq AND %5$s
               AND %1$s
            UNION ALL
            SELECT 'ACTION_FIELD', f.id, f.title, coalesce(f.goal, '') || ' ' || coalesce(f.description, ''),
                   ts_rank(f.search_vector, q.tsq), a.slug, a.name, NULL
              FROM action_field f JOIN area a ON a.id = f.area_id, q
             WHERE f.search_vector @@ q.tsq AND %6$s
               AND %2$s
            UNION ALL
            SELECT 'NEED', n.id, n.title, coalesce(n.description, '') || ' ' || coalesce(n.evidence, ''),
                   ts_rank(n.search_vector, q.tsq), a.slug, a.name, NULL
              FROM need n JOIN area a ON a.id = n.area_id, q
             WHERE n.search_vector @@ q.tsq AND %7$s
               AND %3$s
            UNION ALL
            SELECT 'MEASURE', m.id, m.title, coalesce(m.summary, '') || ' ' || coalesce(m.description, ''),
                   ts_rank(m.search_vector, q.tsq), a.slug, a.name, NULL
              FROM measure m JOIN area a ON a.id = m.area_id, q
             WHERE m.search_vector @@ q.tsq AND %8$s
               AND %4$s
            UNION ALL
            SELECT 'ACTION_STEP', s.id, s.title, coalesce(s.description, ''),
                   ts_rank(s.search_vector, q.tsq), a.slug, a.name, m.id
              FROM action_step s JOIN measure m ON m.id = s.measure_id JOIN area a ON a.id = m.area_id, q
             WHERE s.search_vector @@ q.tsq AND %8$s
               AND %4$s
            UNION ALL
            SELECT 'ACTOR', ac.id, ac.name, coalesce(ac.description, ''),
                   ts_rank(ac.search_vector, q.tsq), NULL, NULL, NULL
              FROM actor ac, q
             WHERE ac.search_vector @@ q.tsq
               AND %9$s
            """;

    /**
     * Restricts each branch to one area by its id (not by joining on the slug), so that PostgreSQL reads that area's
     * rows through the area_id indexes instead of every match of the word in all areas.
     */
    private static final String[] IN_AREA = {
        "a.id = :areaId",
        "f.area_id = :areaId",
        "n.area_id = :areaId",
        "m.area_id = :areaId",
        "ac.municipality = :municipality"
    };

    private static final String[] ANY_AREA = {"TRUE", "TRUE", "TRUE", "TRUE", "TRUE"};

    private static final String AREA_PUBLIC = Publication.area("a");

    /**
     * Across all areas a common word matches hundreds of thousands of rows; ranking them all takes seconds. Each type
     * contributes at most this many matches (found through its GIN index), which are then counted and ranked.
     */
    static final int MATCHES_PER_TYPE_ACROSS_AREAS = 1000;

    @Inject
    EntityManager em;

    @Inject
    DraftAccess drafts;

    @SuppressWarnings("unchecked")
    public Page<SearchResult> search(String text, String areaSlug, List<SearchResultType> types, PageRequest page) {
        String typeFilter = types.isEmpty() ? "" : " WHERE hits.type IN (:types)";
        Set<UUID> draftAreas = drafts.draftAreas();
        Object[] area = null;
        if (areaSlug != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("SELECT id, municipality FROM area WHERE slug = :slug")
                    .setParameter("slug", areaSlug)
                    .getResultList();
            if (found.isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            area = found.get(0);
        }
        String hits = visibleHits(draftAreas, area == null ? ANY_AREA : IN_AREA);
        if (area != null) {
            // Within one area, read the area's few hundred rows by area_id and test each one: the function form of @@
            // cannot use the GIN index, whose posting list for a common word spans every area.
            hits = hits.replaceAll("(\\w+)\\.search_vector @@ q\\.tsq", "ts_match_vq($1.search_vector, q.tsq)");
        } else {
            hits = capPerType(hits);
        }
        String with = "WITH q AS (SELECT websearch_to_tsquery('german', :text) AS tsq) ";

        Query count = em.createNativeQuery(with + "SELECT count(*) FROM (" + hits + ") hits" + typeFilter, Long.class);
        bind(count, text, area, types, draftAreas);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }

        Query select = em.createNativeQuery(with + """
                SELECT hit.type, hit.id, hit.title,
                       ts_headline('german', %s, q.tsq,
                                   'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'),
                       hit.rank, hit.area_slug, hit.area_name, hit.measure_id
                FROM (SELECT * FROM (%s) hits%s ORDER BY hits.rank DESC, hits.title, hits.id LIMIT :limit OFFSET :offset) hit, q
                ORDER BY hit.rank DESC, hit.title, hit.id""".formatted(ESCAPED.formatted("hit.body"), hits, typeFilter));
        bind(select, text, area, types, draftAreas);
        select.setParameter("limit", page.size());
        select.setParameter("offset", page.offset());
        List<Object[]> rows = select.getResultList();
        return Page.of(rows.stream().map(SearchService::toResult).toList(), page, total);
    }

    /**
     * Every result of a search, best first, page by page (a search across areas yields at most
     * {@value #MATCHES_PER_TYPE_ACROSS_AREAS} results of each type), for exports.
     */
    public Rows<SearchResult> all(String text, String areaSlug, List<SearchResultType> types) {
        return (order, sink) -> {
            for (int number = 0; ; number++) {
                Page<SearchResult> page =
                        search(text, areaSlug, types, new PageRequest(number, PageRequest.MAX_SIZE, "rank", null));
                if (!page.items().isEmpty()) {
                    sink.accept(page.items());
                }
                if (number + 1 >= page.totalPages()) {
                    return;
                }
            }
        };
    }

    /** Wraps each branch of the union so that it yields at most {@link #MATCHES_PER_TYPE_ACROSS_AREAS} rows. */
    static String capPerType(String hits) {
        return String.join(
                "UNION ALL",
                java.util.Arrays.stream(hits.split("UNION ALL"))
                        .map(branch -> "(" + branch + " LIMIT " + MATCHES_PER_TYPE_ACROSS_AREAS + ")\n")
                        .toList());
    }

    /** Every branch limited to published records, plus the drafts of the areas whose drafts the caller sees. */
    private static String visibleHits(Set<UUID> draftAreas, String[] scope) {
        if (draftAreas == null) {
            return HITS.formatted("TRUE", "TRUE", "TRUE", "TRUE", scope[0], scope[1], scope[2], scope[3], scope[4]);
        }
        String orDrafts = draftAreas.isEmpty() ? "" : " OR a.id IN (:draftAreas)";
        return HITS.formatted(
                "(" + AREA_PUBLIC + orDrafts + ")",
                "(" + AREA_PUBLIC + " AND " + Publication.actionField("f") + orDrafts + ")",
                "(" + AREA_PUBLIC + " AND " + Publication.need("n") + orDrafts + ")",
                "(" + AREA_PUBLIC + " AND " + Publication.measure("m") + orDrafts + ")",
                scope[0],
                scope[1],
                scope[2],
                scope[3],
                scope[4]);
    }

    private static void bind(
            Query query, String text, Object[] area, List<SearchResultType> types, Set<UUID> draftAreas) {
        query.setParameter("text", text);
        if (area != null) {
            query.setParameter("areaId", area[0]);
            query.setParameter("municipality", area[1]);
        }
        if (draftAreas != null && !draftAreas.isEmpty()) {
            query.setParameter("draftAreas", List.copyOf(draftAreas));
        }
        if (!types.isEmpty()) {
            query.setParameter("types", types.stream().map(Enum::name).toList());
        }
    }

    private static SearchResult toResult(Object[] row) {
        SearchResultType type = SearchResultType.valueOf((String) row[0]);
        UUID id = (UUID) row[1];
        String slug = (String) row[5];
        SearchResult.AreaRef area = slug == null ? null : new SearchResult.AreaRef(slug, (String) row[6]);
        return new SearchResult(
                type,
                id,
                (String) row[2],
                ((String) row[3]).strip(),
                ((Number) row[4]).doubleValue(),
                area,
                href(type, id, slug, (UUID) row[7]));
    }

    private static String href(SearchResultType type, UUID id, String slug, UUID measureId) {
        String areaPath = "/api/v1/areas/" + slug;
        return switch (type) {
            case AREA -> areaPath;
            case ACTION_FIELD -> areaPath + "/action-fields/" + id;
            case NEED -> areaPath + "/needs/" + id;
            case MEASURE -> areaPath + "/measures/" + id;
            case ACTION_STEP -> areaPath + "/measures/" + measureId + "/steps/" + id;
            case ACTOR -> "/api/v1/actors/" + id;
        };
    }
}
