package de.ihk.search;

import de.ihk.access.DraftAccess;
import de.ihk.common.PageRequest;
import de.ihk.common.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Full-text search over areas, action fields, needs, measures, steps and actors with PostgreSQL's German configuration
 * (stemming, stop words).
 *
 * <p>The ranking is defined so that it can be computed for every match without reading every match: first the records
 * whose title matches the query (tier 2), then those that match only in their other texts (tier 1); within a tier the
 * shorter title first (the query words make up more of it), then title and id. Across all areas each tier is read
 * through the tables' search order indexes (or, for a rare word, from the GIN indexes and sorted), page by page, and
 * the second tier only when the first does not fill the page. Within one area the area's records are read by area and
 * ranked. At most {@value #MAX_RESULTS} results are listed; the count stops there too. Snippets are computed for the
 * returned page only.
 */
@ApplicationScoped
@Transactional
public class SearchService {

    /** The best this many results are listed and counted; when more records match, the page says so. */
    public static final int MAX_RESULTS = 1000;

    static final double TITLE_TIER = 2;
    static final double TEXT_TIER = 1;

    private static final String MATCH = "x.search_vector @@ " + SearchBranch.QUERY;
    private static final String TITLE_MATCH = "x.title_vector @@ " + SearchBranch.QUERY;

    /**
     * Within one area: the function form of @@, which cannot use the GIN index (whose posting list for a common word
     * spans every area), so that PostgreSQL reads the area's rows by area id and tests each one.
     */
    private static final String MATCH_IN_AREA = "ts_match_vq(x.search_vector, " + SearchBranch.QUERY + ")";

    private static final String TITLE_MATCH_IN_AREA = "ts_match_vq(x.title_vector, " + SearchBranch.QUERY + ")";

    @Inject
    EntityManager em;

    @Inject
    DraftAccess drafts;

    public SearchPage search(String text, String areaSlug, List<SearchResultType> types, PageRequest page) {
        Search search = new Search(text, types.isEmpty() ? Arrays.asList(SearchResultType.values()) : types);
        search.draftAreas = drafts.draftAreas();
        if (areaSlug != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("SELECT id, municipality FROM area WHERE slug = :slug")
                    .setParameter("slug", areaSlug)
                    .getResultList();
            if (found.isEmpty()) {
                return SearchPage.of(List.of(), page, 0, false);
            }
            search.area = found.get(0);
        }
        // A plan for the words searched, never a generic one: the planner chooses between reading a tier in index
        // order (a common word) and sorting the matches from the GIN index (a rare one) by how often the words occur.
        // No parallel workers: a search reads a few hundred rows, and starting workers costs more than that (under
        // concurrent searches they also take the cores from the other connections).
        em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " set_config('max_parallel_workers_per_gather', '0', true)")
                .getSingleResult();
        if (search.area != null) {
            return inArea(search, page);
        }
        long matches = count(search);
        long total = Math.min(matches, MAX_RESULTS);
        int end = (int) Math.min(page.offset() + page.size(), total);
        if (page.offset() >= end) {
            return SearchPage.of(List.of(), page, total, matches > MAX_RESULTS);
        }
        List<Object[]> rows = acrossAreas(search, page.offset(), end);
        return SearchPage.of(withSnippets(search, rows), page, total, matches > MAX_RESULTS);
    }

    /** Every listed result of a search (at most {@value #MAX_RESULTS}), best first, page by page, for exports. */
    public Rows<SearchResult> all(String text, String areaSlug, List<SearchResultType> types) {
        return (order, sink) -> {
            for (int number = 0; ; number++) {
                SearchPage page =
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

    /** The number of matches, counted up to one more than {@link #MAX_RESULTS}. */
    private long count(Search search) {
        String match = search.area != null ? MATCH_IN_AREA : MATCH;
        Query count = em.createNativeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM (" + union(search, match, null) + ") hits LIMIT "
                        + (MAX_RESULTS + 1) + ") c",
                Long.class);
        return ((Number) search.bind(count).getSingleResult()).longValue();
    }

    /**
     * The results from the first to {@code end} across all areas: the title tier, and the text tier for what is left.
     * Each table's branch reads its matches in the order of the tier (an index scan that stops after {@code end}
     * matches, or the few matches of a rare word sorted).
     */
    private List<Object[]> acrossAreas(Search search, int offset, int end) {
        // The title first: the smaller vector, and the condition that rules out most rows read in index order.
        List<Object[]> rows = new ArrayList<>(tier(search, TITLE_MATCH + " AND " + MATCH, TITLE_TIER, end));
        if (rows.size() < end) {
            rows.addAll(tier(search, MATCH + " AND NOT " + TITLE_MATCH, TEXT_TIER, end - rows.size()));
        }
        return rows.subList(Math.min(offset, rows.size()), rows.size());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> tier(Search search, String match, double tier, int limit) {
        Query query = em.createNativeQuery("SELECT hits.*, " + tier + " FROM (" + union(search, match, limit) + ") hits"
                + " ORDER BY hits.title_length, hits.title, hits.id LIMIT " + limit);
        return search.bind(query).getResultList();
    }

    /**
     * A page within one area: the area's matches ranked, with their number (every match is read to rank them, so
     * counting them costs no second query, unless the page lies beyond the last match).
     */
    @SuppressWarnings("unchecked")
    private SearchPage inArea(Search search, PageRequest page) {
        int end = Math.min(page.offset() + page.size(), MAX_RESULTS);
        List<Object[]> rows = List.of();
        if (page.offset() < end) {
            Query query = em.createNativeQuery("SELECT hits.*, count(*) OVER (), CASE WHEN hits.in_title THEN "
                    + TITLE_TIER + " ELSE " + TEXT_TIER + " END FROM (" + union(search, MATCH_IN_AREA, null) + ") hits"
                    + " ORDER BY hits.in_title DESC, hits.title_length, hits.title, hits.id LIMIT "
                    + (end - page.offset()) + " OFFSET " + page.offset());
            rows = search.bind(query).getResultList();
        }
        long matches = rows.isEmpty() ? count(search) : ((Number) rows.get(0)[rows.get(0).length - 2]).longValue();
        return SearchPage.of(withSnippets(search, rows), page, Math.min(matches, MAX_RESULTS), matches > MAX_RESULTS);
    }

    /**
     * The hits of every type searched that satisfy {@code match}; with a {@code limit}, each type's first in the order
     * of a tier; within an area, with a column saying whether the title matches.
     */
    private static String union(Search search, String match, Integer limit) {
        return search.types.stream()
                .map(SearchBranch::of)
                .map(branch -> {
                    String hits = branch.hits(
                            match,
                            search.area == null ? "" : ", " + TITLE_MATCH_IN_AREA + " AS in_title",
                            search.draftAreas,
                            search.area != null);
                    return limit == null ? hits : "(" + hits + " ORDER BY " + branch.order() + " LIMIT " + limit + ")";
                })
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** The page's results with their snippets, computed for these records only. */
    @SuppressWarnings("unchecked")
    private List<SearchResult> withSnippets(Search search, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<SearchResultType> shown = rows.stream()
                .map(row -> SearchResultType.valueOf((String) row[0]))
                .distinct()
                .toList();
        Query query = em.createNativeQuery(shown.stream()
                .map(type -> SearchBranch.of(type).snippets())
                .collect(Collectors.joining(" UNION ALL ")));
        query.setParameter("text", search.text);
        query.setParameter("ids", rows.stream().map(row -> (UUID) row[1]).toList());
        Map<UUID, String> snippets = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            snippets.put((UUID) row[0], (String) row[1]);
        }
        return rows.stream()
                .map(row -> toResult(row, snippets.getOrDefault((UUID) row[1], "")))
                .toList();
    }

    private static SearchResult toResult(Object[] row, String snippet) {
        SearchResultType type = SearchResultType.valueOf((String) row[0]);
        UUID id = (UUID) row[1];
        String slug = (String) row[4];
        SearchResult.AreaRef area = slug == null ? null : new SearchResult.AreaRef(slug, (String) row[5]);
        return new SearchResult(
                type,
                id,
                (String) row[2],
                snippet.strip(),
                ((Number) row[row.length - 1]).doubleValue(),
                area,
                href(type, id, slug, (UUID) row[6]));
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

    /** One search: its text, types, the caller's draft areas and the area searched in (id, municipality) or null. */
    private static final class Search {
        final String text;
        final List<SearchResultType> types;
        Set<UUID> draftAreas;
        Object[] area;

        Search(String text, List<SearchResultType> types) {
            this.text = text;
            this.types = types;
        }

        Query bind(Query query) {
            query.setParameter("text", text);
            boolean inAreas = types.stream().anyMatch(type -> type != SearchResultType.ACTOR);
            if (area != null && inAreas) {
                query.setParameter("areaId", area[0]);
            }
            if (area != null && types.contains(SearchResultType.ACTOR)) {
                query.setParameter("municipality", area[1]);
            }
            if (inAreas && draftAreas != null && !draftAreas.isEmpty()) {
                query.setParameter("draftAreas", List.copyOf(draftAreas));
            }
            return query;
        }
    }
}
