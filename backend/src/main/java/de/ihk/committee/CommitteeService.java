package de.ihk.committee;

import de.ihk.auth.CurrentUser;
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
public class CommitteeService {

    static final Map<String, String> SORTABLE = Map.of("name", "lower(c.name)", "shortName", "c.short_name", "createdAt", "c.created_at");

    @Inject
    EntityManager em;

    @Inject
    History history;

    @Inject
    CurrentUser user;

    public Page<CommitteeDto> list(String municipality, PageRequest page) {
        SqlFilter where = new SqlFilter().where("c.municipality = :municipality", "municipality", municipality);
        return PagedQuery.run(em, Committee.class, "committee c", "c", where, page).map(CommitteeDto::of);
    }

    public CommitteeDto get(UUID id) {
        return CommitteeDto.of(require(id));
    }

    public CommitteeDto create(CommitteeInput input) {
        user.requireAdmin();
        Committee committee = new Committee();
        apply(committee, input);
        committee.persistAndFlush();
        CommitteeDto created = CommitteeDto.of(committee);
        history.created(RecordType.COMMITTEE, committee.id, null, committee.name, true, created);
        return created;
    }

    public CommitteeDto update(UUID id, String ifMatch, CommitteeInput input) {
        user.requireAdmin();
        Committee committee = require(id);
        Etags.requireMatch(ifMatch, committee.version);
        JsonNode before = history.snapshot(CommitteeDto.of(committee));
        if (!committee.municipality.equals(input.municipality().trim()) && presentationsOf(committee) > 0) {
            throw ApiException.conflict("The municipality of " + committee.name + " cannot change while presentations refer to it.");
        }
        apply(committee, input);
        committee.touch();
        em.flush();
        CommitteeDto updated = CommitteeDto.of(committee);
        history.updated(RecordType.COMMITTEE, committee.id, null, committee.name, true, before, updated);
        return updated;
    }

    public void delete(UUID id, String ifMatch) {
        user.requireAdmin();
        Committee committee = require(id);
        Etags.requireMatch(ifMatch, committee.version);
        long presentations = presentationsOf(committee);
        if (presentations > 0) {
            throw ApiException.conflict(committee.name + " cannot be deleted: " + presentations
                    + (presentations == 1 ? " presentation refers" : " presentations refer") + " to it.");
        }
        history.deleted(RecordType.COMMITTEE, committee.id, null, committee.name, true, history.snapshot(CommitteeDto.of(committee)));
        committee.delete();
    }

    private long presentationsOf(Committee committee) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM presentation WHERE committee_id = :id")
                .setParameter("id", committee.id).getSingleResult()).longValue();
    }

    private Committee require(UUID id) {
        Committee committee = em.find(Committee.class, id);
        if (committee == null) {
            throw ApiException.notFound("There is no committee with id " + id + ".");
        }
        return committee;
    }

    private static void apply(Committee committee, CommitteeInput input) {
        committee.name = input.name().trim();
        committee.shortName = input.shortName();
        committee.municipality = input.municipality().trim();
        committee.oparlOrganizationUrl = input.oparlOrganizationUrl();
    }
}
