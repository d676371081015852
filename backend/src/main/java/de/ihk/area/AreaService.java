package de.ihk.area;

import de.ihk.access.CurrentUser;
import de.ihk.access.DraftAccess;
import de.ihk.common.ApiException;
import de.ihk.common.FieldError;
import de.ihk.common.GeoJson;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import de.ihk.common.Rows;
import de.ihk.common.SqlFilter;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
@Transactional
public class AreaService {

    static final RecordKind<Area> KIND = RecordKind.of(RecordType.AREA, Area.class)
            .label(a -> a.name)
            .area(a -> a.id)
            .representation(AreaDto::of);

    static final Map<String, String> SORTABLE = Map.of(
            "position",
            "ar.position",
            "name",
            "lower(ar.name)",
            "slug",
            "ar.slug",
            "municipality",
            "ar.municipality",
            "createdAt",
            "ar.created_at",
            "updatedAt",
            "ar.updated_at");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    AreaAccess access;

    @Inject
    DraftAccess drafts;

    @Inject
    CurrentUser user;

    public Page<AreaDto> list(String q, String municipality, PublicationStatus publicationStatus, PageRequest page) {
        return query(q, municipality, publicationStatus).page(page);
    }

    /** Every record the list shows, read when an export is written (see {@link Rows}). */
    public Rows<AreaDto> all(String q, String municipality, PublicationStatus publicationStatus) {
        return query(q, municipality, publicationStatus);
    }

    private ListQuery<AreaDto> query(String q, String municipality, PublicationStatus publicationStatus) {
        SqlFilter where = new SqlFilter()
                .where("ar.search_vector @@ websearch_to_tsquery('german', :q)", "q", q)
                .where("ar.municipality = :municipality", "municipality", municipality)
                .where(
                        "ar.publication_status = :publicationStatus",
                        "publicationStatus",
                        PublicationStatus.nameOf(publicationStatus));
        drafts.restrict(where, "ar.id", Publication.area("ar"));
        return ListQuery.of(em, Area.class, "area ar", "ar", where, a -> AreaDto.of(a, drafts.showsDrafts(a.id)));
    }

    public AreaDto get(String slug) {
        Area area = access.forRead(slug);
        return AreaDto.of(area, access.showsDrafts(area));
    }

    public AreaDto create(String body) {
        user.requireAdmin();
        return AreaDto.of(
                writes.create(KIND, new Area(), body, AreaInput.class, (area, input) -> {
                    requireUnusedSlug(input.slug());
                    area.position = input.position() != null ? input.position() : nextPosition();
                    apply(area, input);
                }),
                true);
    }

    public AreaDto update(String slug, String ifMatch, String body) {
        return AreaDto.of(
                writes.update(KIND, access.forEdit(slug), ifMatch, body, AreaInput.class, (area, input) -> {
                    if (!area.slug.equals(input.slug())) {
                        requireUnusedSlug(input.slug());
                    }
                    if (!area.municipality.equals(input.municipality().trim())
                            && contentCounts(area).stream().anyMatch(n -> n > 0)) {
                        throw ApiException.conflict(
                                "The municipality of " + area.name + " cannot change while it has content: "
                                        + "its actors and committees belong to " + area.municipality + ".");
                    }
                    if (input.position() != null && input.position() != area.position) {
                        if (!user.isAdmin()) {
                            throw ApiException.forbidden(
                                    "Only administrators change the position of an area in the list.");
                        }
                        area.position = input.position();
                    }
                    apply(area, input);
                }),
                true);
    }

    /** After the last area: new areas join the end of the list. */
    private int nextPosition() {
        Number max =
                (Number) em.createNativeQuery("SELECT max(position) FROM area").getSingleResult();
        return max == null ? 0 : Math.min(max.intValue() + 1, 10000);
    }

    public void delete(String slug, String ifMatch) {
        Area area = access.forRead(slug);
        user.requireAdmin();
        writes.delete(KIND, area, ifMatch, this::refuseWhileItHasContent);
    }

    private void refuseWhileItHasContent(Area area) {
        List<Long> counts = contentCounts(area);
        String[] names = {"action fields", "needs", "measures", "editions", "presentations", "indicators"};
        List<String> left = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (counts.get(i) > 0) {
                left.add(counts.get(i) + " " + names[i]);
            }
        }
        if (!left.isEmpty()) {
            throw ApiException.conflict(
                    area.name + " cannot be deleted while it still has " + String.join(", ", left) + ".");
        }
    }

    /** Counts of action fields, needs, measures, editions, presentations and indicators, in that order. */
    private List<Long> contentCounts(Area area) {
        Object[] row =
                (Object[]) em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM action_field WHERE area_id = :id),
                               (SELECT count(*) FROM need WHERE area_id = :id),
                               (SELECT count(*) FROM measure WHERE area_id = :id),
                               (SELECT count(*) FROM edition WHERE area_id = :id),
                               (SELECT count(*) FROM presentation WHERE area_id = :id),
                               (SELECT count(*) FROM indicator WHERE area_id = :id)""").setParameter("id", area.id).getSingleResult();
        List<Long> counts = new ArrayList<>();
        for (Object value : row) {
            counts.add(((Number) value).longValue());
        }
        return counts;
    }

    private void requireUnusedSlug(String slug) {
        if (Area.findBySlug(slug).isPresent()) {
            throw ApiException.conflict("An area with slug '" + slug + "' already exists.");
        }
    }

    /** The geometry types an area's boundary may have. */
    static final Set<String> BOUNDARY_TYPES = Set.of("Polygon", "MultiPolygon");

    private static void apply(Area area, AreaInput input) {
        List<FieldError> errors = new ArrayList<>();
        String boundary = GeoJson.checked(input.boundary(), "boundary", BOUNDARY_TYPES, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        area.boundary = boundary;
        area.boundaryApproximate = boundary != null && Boolean.TRUE.equals(input.boundaryApproximate());
        area.slug = input.slug();
        area.name = input.name().trim();
        area.municipality = input.municipality().trim();
        area.programme = input.programme().trim();
        area.fundingStart = input.fundingStart();
        area.fundingEnd = input.fundingEnd();
        area.sizeHectares = input.sizeHectares();
        area.inhabitants = input.inhabitants();
        area.budgetAmount = input.budget() == null ? null : input.budget().toDecimal();
        area.summary = input.summary();
        area.easyLanguageSummary = input.easyLanguageSummary();
        area.description = input.description();
        area.publicationStatus = PublicationStatus.orDefault(input.publicationStatus(), area.publicationStatus);
    }
}
