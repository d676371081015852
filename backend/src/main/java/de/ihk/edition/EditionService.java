package de.ihk.edition;

import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.area.AreaRecords;
import de.ihk.common.ApiException;
import de.ihk.common.Etags;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.SqlFilter;
import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.history.History;
import de.ihk.history.RecordType;
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

    @Inject
    History history;

    @Inject
    AreaAccess access;

    public Page<EditionDto> list(String slug, PageRequest page) {
        Area area = access.forRead(slug);
        SqlFilter where = new SqlFilter().where("e.area_id = :area", "area", area.id);
        return PagedQuery.run(em, Edition.class, "edition e", "e", where, page).map(EditionDto::of);
    }

    public EditionDto get(String slug, UUID id) {
        return EditionDto.of(AreaRecords.require(em, Edition.class, "edition", access.forRead(slug), id));
    }

    public EditionDto create(String slug, EditionInput input) {
        Edition edition = new Edition();
        edition.area = access.forEdit(slug);
        apply(edition, input);
        edition.persistAndFlush();
        EditionDto created = EditionDto.of(edition);
        history.created(RecordType.EDITION, edition.id, edition.area.id, edition.label, true, created);
        return created;
    }

    public EditionDto update(String slug, UUID id, String ifMatch, EditionInput input) {
        Edition edition = editable(slug, id);
        Etags.requireMatch(ifMatch, edition.version);
        JsonNode before = history.snapshot(EditionDto.of(edition));
        apply(edition, input);
        edition.touch();
        em.flush();
        EditionDto updated = EditionDto.of(edition);
        history.updated(RecordType.EDITION, edition.id, edition.area.id, edition.label, true, before, updated);
        return updated;
    }

    public void delete(String slug, UUID id, String ifMatch) {
        Edition edition = editable(slug, id);
        Etags.requireMatch(ifMatch, edition.version);
        long presentations = ((Number) em.createNativeQuery("SELECT count(*) FROM presentation WHERE edition_id = :id")
                .setParameter("id", edition.id).getSingleResult()).longValue();
        if (presentations > 0) {
            throw ApiException.conflict("Edition " + edition.label + " cannot be deleted: " + presentations
                    + (presentations == 1 ? " presentation refers" : " presentations refer") + " to it.");
        }
        history.deleted(RecordType.EDITION, edition.id, edition.area.id, edition.label, true, history.snapshot(EditionDto.of(edition)));
        edition.delete();
    }

    private Edition editable(String slug, UUID id) {
        return AreaRecords.require(em, Edition.class, "edition", access.forEdit(slug), id);
    }

    private static void apply(Edition edition, EditionInput input) {
        edition.label = input.label().trim();
        edition.publishedOn = input.publishedOn();
        edition.documentUrl = input.documentUrl();
        edition.summary = input.summary();
    }
}
