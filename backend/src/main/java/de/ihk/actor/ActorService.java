package de.ihk.actor;

import de.ihk.auth.CurrentUser;
import de.ihk.auth.Role;
import de.ihk.common.ApiException;
import de.ihk.measure.MeasurePublic;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ActorService {

    static final Map<String, String> SORTABLE = Map.of("name", "lower(a.name)", "kind", "a.kind", "createdAt", "a.created_at");

    @Inject
    EntityManager em;

    @Inject
    History history;

    @Inject
    CurrentUser user;

    public record Filter(ActorKind kind, String q, String areaSlug, String municipality) {
    }

    public Page<ActorDto> list(Filter filter, PageRequest page) {
        // Involvement counts through published measures of published areas; only admins see all.
        String visible = user.isAdmin() ? "" : " AND ar.publication_status = 'PUBLISHED' AND " + MeasurePublic.SQL;
        SqlFilter where = new SqlFilter()
                .where("a.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .where("a.municipality = :municipality", "municipality", filter.municipality())
                .where("a.search_vector @@ websearch_to_tsquery('german', :q)", "q", filter.q())
                .where("""
                        a.id IN (SELECT m.lead_actor_id FROM measure m JOIN area ar ON ar.id = m.area_id WHERE ar.slug = :area %1$s
                                 UNION SELECT p.actor_id FROM measure_partner_actor p JOIN measure m ON m.id = p.measure_id
                                       JOIN area ar ON ar.id = m.area_id WHERE ar.slug = :area %1$s
                                 UNION SELECT s.responsible_actor_id FROM action_step s JOIN measure m ON m.id = s.measure_id
                                       JOIN area ar ON ar.id = m.area_id WHERE ar.slug = :area %1$s)""".formatted(visible),
                        "area", filter.areaSlug());
        return PagedQuery.run(em, Actor.class, "actor a", "a", where, page).map(ActorDto::of);
    }

    public ActorDto get(UUID id) {
        return ActorDto.of(require(id));
    }

    public ActorDto create(ActorInput input) {
        requireMayManage(input.municipality().trim());
        Actor actor = new Actor();
        apply(actor, input);
        actor.persistAndFlush();
        ActorDto created = ActorDto.of(actor);
        history.created(RecordType.ACTOR, actor.id, null, actor.name, true, created);
        return created;
    }

    public ActorDto update(UUID id, String ifMatch, ActorInput input) {
        Actor actor = require(id);
        requireMayManage(actor.municipality);
        requireMayManage(input.municipality().trim());
        Etags.requireMatch(ifMatch, actor.version);
        JsonNode before = history.snapshot(ActorDto.of(actor));
        if (!actor.municipality.equals(input.municipality().trim())) {
            long uses = usesOf(actor).stream().mapToLong(Long::longValue).sum();
            if (uses > 0) {
                throw ApiException.conflict("The municipality of " + actor.name + " cannot change while areas of "
                        + actor.municipality + " refer to the actor.");
            }
        }
        apply(actor, input);
        actor.touch();
        em.flush();
        ActorDto updated = ActorDto.of(actor);
        history.updated(RecordType.ACTOR, actor.id, null, actor.name, true, before, updated);
        return updated;
    }

    public void delete(UUID id, String ifMatch) {
        Actor actor = require(id);
        requireMayManage(actor.municipality);
        Etags.requireMatch(ifMatch, actor.version);
        List<Long> uses = usesOf(actor);
        if (uses.stream().anyMatch(n -> n > 0)) {
            List<String> reasons = new ArrayList<>();
            addReason(reasons, uses.get(0), "leads", "measure");
            addReason(reasons, uses.get(1), "is a partner in", "measure");
            addReason(reasons, uses.get(2), "is responsible for", "action step");
            addReason(reasons, uses.get(3), "presents in", "committee presentation");
            throw ApiException.conflict(actor.name + " cannot be deleted: it still " + String.join(", ", reasons) + ".");
        }
        history.deleted(RecordType.ACTOR, actor.id, null, actor.name, true, history.snapshot(ActorDto.of(actor)));
        actor.delete();
    }

    private List<Long> usesOf(Actor actor) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM measure WHERE lead_actor_id = :id),
                               (SELECT count(*) FROM measure_partner_actor WHERE actor_id = :id),
                               (SELECT count(*) FROM action_step WHERE responsible_actor_id = :id),
                               (SELECT count(*) FROM presentation WHERE presenter_actor_id = :id)""")
                .setParameter("id", actor.id).getSingleResult();
        List<Long> counts = new ArrayList<>();
        for (Object value : row) {
            counts.add(((Number) value).longValue());
        }
        return counts;
    }

    private static void addReason(List<String> reasons, long count, String verb, String noun) {
        if (count > 0) {
            reasons.add(verb + " " + count + " " + noun + (count == 1 ? "" : "s"));
        }
    }

    /** Admins manage all actors; editors those of the municipalities of their areas. */
    private void requireMayManage(String municipality) {
        user.requireSignedIn();
        if (user.isAdmin()) {
            return;
        }
        long ownAreas = user.role() != Role.EDITOR || user.areaIds().isEmpty() ? 0
                : em.createQuery("SELECT count(a) FROM Area a WHERE a.id IN :ids AND a.municipality = :municipality", Long.class)
                        .setParameter("ids", user.areaIds()).setParameter("municipality", municipality).getSingleResult();
        if (ownAreas == 0) {
            throw ApiException.forbidden("Only administrators and editors of an area in " + municipality + " may manage its actors.");
        }
    }

    private Actor require(UUID id) {
        Actor actor = em.find(Actor.class, id);
        if (actor == null) {
            throw ApiException.notFound("There is no actor with id " + id + ".");
        }
        return actor;
    }

    private static void apply(Actor actor, ActorInput input) {
        actor.name = input.name().trim();
        actor.kind = input.kind();
        actor.municipality = input.municipality().trim();
        actor.description = input.description();
        actor.website = input.website();
        actor.email = input.email();
    }
}
