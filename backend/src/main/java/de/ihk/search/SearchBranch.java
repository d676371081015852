package de.ihk.search;

import de.ihk.common.Publication;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of one searchable table: its hits as rows of (type, id, title, title_length, area_slug, area_name, measure_id)
 * and, for the page shown, its snippets. {@code match} is a condition on the table alias {@code x} and the query text
 * {@link #QUERY}; {@code scope} restricts to one area (or nothing).
 */
enum SearchBranch {
    AREA(
            SearchResultType.AREA,
            "area x",
            "x.name",
            "coalesce(x.summary, '') || ' ' || coalesce(x.description, '')",
            "x.slug AS area_slug, x.name AS area_name, NULL::uuid AS measure_id",
            Publication.area("x"),
            "x.id",
            "x.id = :areaId"),
    ACTION_FIELD(
            SearchResultType.ACTION_FIELD,
            "action_field x JOIN area a ON a.id = x.area_id",
            "x.title",
            "coalesce(x.goal, '') || ' ' || coalesce(x.description, '')",
            "a.slug AS area_slug, a.name AS area_name, NULL::uuid AS measure_id",
            Publication.area("a") + " AND " + Publication.actionField("x"),
            "a.id",
            "x.area_id = :areaId"),
    NEED(
            SearchResultType.NEED,
            "need x JOIN area a ON a.id = x.area_id JOIN action_field f ON f.id = x.action_field_id",
            "x.title",
            "coalesce(x.description, '') || ' ' || coalesce(x.evidence, '')",
            "a.slug AS area_slug, a.name AS area_name, NULL::uuid AS measure_id",
            Publication.area("a") + " AND " + Publication.withActionFieldJoined("x", "f"),
            "a.id",
            "x.area_id = :areaId"),
    MEASURE(
            SearchResultType.MEASURE,
            "measure x JOIN area a ON a.id = x.area_id JOIN action_field f ON f.id = x.action_field_id",
            "x.title",
            "coalesce(x.summary, '') || ' ' || coalesce(x.description, '')",
            "a.slug AS area_slug, a.name AS area_name, NULL::uuid AS measure_id",
            Publication.area("a") + " AND " + Publication.withActionFieldJoined("x", "f"),
            "a.id",
            "x.area_id = :areaId"),
    ACTION_STEP(
            SearchResultType.ACTION_STEP,
            "action_step x JOIN measure m ON m.id = x.measure_id JOIN area a ON a.id = m.area_id"
                    + " JOIN action_field f ON f.id = m.action_field_id",
            "x.title",
            "coalesce(x.description, '')",
            "a.slug AS area_slug, a.name AS area_name, m.id AS measure_id",
            Publication.area("a") + " AND " + Publication.withActionFieldJoined("m", "f"),
            "a.id",
            "m.area_id = :areaId"),
    /** Actors belong to no area and have no drafts; within an area, those of its municipality are found. */
    ACTOR(
            SearchResultType.ACTOR,
            "actor x",
            "x.name",
            "coalesce(x.description, '')",
            "NULL AS area_slug, NULL AS area_name, NULL::uuid AS measure_id",
            null,
            null,
            "x.municipality = :municipality");

    /** The query, inline rather than in a CTE, so that the planner sees its words and estimates their frequency. */
    static final String QUERY = "websearch_to_tsquery('german', :text)";

    private static final String ESCAPED = "replace(replace(replace(%s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";

    private static final String HEADLINE_OPTIONS =
            "'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"'";

    final SearchResultType type;
    private final String from;
    private final String title;
    private final String body;
    private final String areaColumns;
    private final String published;
    private final String areaId;
    private final String inArea;

    SearchBranch(
            SearchResultType type,
            String from,
            String title,
            String body,
            String areaColumns,
            String published,
            String areaId,
            String inArea) {
        this.type = type;
        this.from = from;
        this.title = title;
        this.body = body;
        this.areaColumns = areaColumns;
        this.published = published;
        this.areaId = areaId;
        this.inArea = inArea;
    }

    static SearchBranch of(SearchResultType type) {
        return valueOf(type.name());
    }

    /**
     * The hits of this table that satisfy {@code match}, visible to a caller who sees the drafts of {@code draftAreas}
     * (null: all drafts), within one area when {@code inArea}; {@code extra} adds columns (", expression AS name").
     */
    String hits(String match, String extra, Set<UUID> draftAreas, boolean inArea) {
        return "SELECT '%s' AS type, x.id, %s AS title, length(%s) AS title_length, %s%s FROM %s WHERE %s AND %s AND %s"
                .formatted(
                        type.name(),
                        title,
                        title,
                        areaColumns,
                        extra,
                        from,
                        match,
                        visible(draftAreas),
                        inArea ? this.inArea : "TRUE");
    }

    /** The order within a tier (shorter title first, then title and id), served by the table's search order index. */
    String order() {
        return "length(" + title + "), " + title + ", x.id";
    }

    /** The snippets (HTML-escaped, matches in {@code <mark>}) of the records {@code :ids} of this table. */
    String snippets() {
        return "SELECT x.id, ts_headline('german', %s, %s, %s) FROM %s WHERE x.id IN (:ids)"
                .formatted(ESCAPED.formatted(body), QUERY, HEADLINE_OPTIONS, from.split(" ", -1)[0] + " x");
    }

    private String visible(Set<UUID> draftAreas) {
        if (published == null || draftAreas == null) {
            return "TRUE";
        }
        return draftAreas.isEmpty() ? "(" + published + ")" : "(" + published + " OR " + areaId + " IN (:draftAreas))";
    }
}
