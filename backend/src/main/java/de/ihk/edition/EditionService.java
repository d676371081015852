package de.ihk.edition;

import de.ihk.access.CurrentUser;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.area.AreaRecords;
import de.ihk.common.ApiException;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.SqlFilter;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class EditionService {

    /** Presentations show the edition they presented (its label). */
    public static final RecordKind<Edition> KIND = RecordKind.of(RecordType.EDITION, Edition.class)
            .label(e -> e.label)
            .area(e -> e.area.id)
            .representation(EditionDto::of)
            .summary(EditionSummary::of)
            .shownBy("presentation", "edition_id = :id");

    static final Map<String, String> SORTABLE =
            Map.of("publishedOn", "e.published_on", "label", "lower(e.label)", "createdAt", "e.created_at");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    AreaAccess access;

    @Inject
    CurrentUser user;

    public Page<EditionDto> list(String slug, PageRequest page) {
        Area area = access.forRead(slug);
        SqlFilter where = new SqlFilter().where("e.area_id = :area", "area", area.id);
        return PagedQuery.run(em, Edition.class, "edition e", "e", where, page).map(EditionDto::of);
    }

    public EditionDto get(String slug, UUID id) {
        return EditionDto.of(AreaRecords.require(em, Edition.class, "edition", access.forRead(slug), id));
    }

    public EditionDto create(String slug, String body) {
        Edition edition = new Edition();
        edition.area = access.forEdit(slug);
        return EditionDto.of(writes.create(KIND, edition, body, EditionInput.class, EditionService::apply));
    }

    public EditionDto update(String slug, UUID id, String ifMatch, String body) {
        Edition edition = editable(slug, id);
        if (edition.isAdopted()) {
            throw ApiException.conflict("Edition " + edition.label + " was adopted on " + edition.adoptedOn
                    + " and cannot be changed any more.");
        }
        return EditionDto.of(writes.update(KIND, edition, ifMatch, body, EditionInput.class, EditionService::apply));
    }

    /** Deletes the edition; an adopted one only an administrator may delete (the history keeps it). */
    public void delete(String slug, UUID id, String ifMatch) {
        Edition edition = editable(slug, id);
        if (edition.isAdopted()) {
            user.requireAdmin();
        }
        writes.delete(KIND, edition, ifMatch, this::refuseWhilePresented);
    }

    private void refuseWhilePresented(Edition edition) {
        long presentations = ((Number) em.createNativeQuery("SELECT count(*) FROM presentation WHERE edition_id = :id")
                        .setParameter("id", edition.id)
                        .getSingleResult())
                .longValue();
        if (presentations > 0) {
            throw ApiException.conflict("Edition " + edition.label + " cannot be deleted: " + presentations
                    + (presentations == 1 ? " presentation refers" : " presentations refer") + " to it.");
        }
    }

    private Edition editable(String slug, UUID id) {
        return access.editable(Edition.class, "edition", slug, id);
    }

    private static void apply(Edition edition, EditionInput input) {
        edition.label = input.label().trim();
        edition.publishedOn = input.publishedOn();
        edition.documentUrl = input.documentUrl();
        edition.summary = input.summary();
    }
}
