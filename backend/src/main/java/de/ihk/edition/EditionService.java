package de.ihk.edition;

import de.ihk.area.Area;
import de.ihk.area.AreaRecords;
import de.ihk.common.ApiException;
import de.ihk.common.Etags;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.SqlFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class EditionService {

    static final Map<String, String> SORTABLE = Map.of("publishedOn", "e.published_on", "label", "lower(e.label)", "createdAt", "e.created_at");

    @Inject
    EntityManager em;

    public Page<EditionDto> list(String slug, PageRequest page) {
        Area area = Area.require(slug);
        SqlFilter where = new SqlFilter().where("e.area_id = :area", "area", area.id);
        return PagedQuery.run(em, Edition.class, "edition e", "e", where, page).map(EditionDto::of);
    }

    public EditionDto get(String slug, UUID id) {
        return EditionDto.of(require(slug, id));
    }

    public EditionDto create(String slug, EditionInput input) {
        Edition edition = new Edition();
        edition.area = Area.require(slug);
        apply(edition, input);
        edition.persistAndFlush();
        return EditionDto.of(edition);
    }

    public EditionDto update(String slug, UUID id, String ifMatch, EditionInput input) {
        Edition edition = require(slug, id);
        Etags.requireMatch(ifMatch, edition.version);
        apply(edition, input);
        edition.touch();
        em.flush();
        return EditionDto.of(edition);
    }

    public void delete(String slug, UUID id, String ifMatch) {
        Edition edition = require(slug, id);
        Etags.requireMatch(ifMatch, edition.version);
        long presentations = ((Number) em.createNativeQuery("SELECT count(*) FROM presentation WHERE edition_id = :id")
                .setParameter("id", edition.id).getSingleResult()).longValue();
        if (presentations > 0) {
            throw ApiException.conflict("Edition " + edition.label + " cannot be deleted: " + presentations
                    + (presentations == 1 ? " presentation refers" : " presentations refer") + " to it.");
        }
        edition.delete();
    }

    private Edition require(String slug, UUID id) {
        return AreaRecords.require(em, Edition.class, "edition", Area.require(slug), id);
    }

    private static void apply(Edition edition, EditionInput input) {
        edition.label = input.label().trim();
        edition.publishedOn = input.publishedOn();
        edition.documentUrl = input.documentUrl();
        edition.summary = input.summary();
    }
}
