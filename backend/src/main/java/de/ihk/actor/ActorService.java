package de.ihk.actor;

import de.ihk.access.CurrentUser;
import de.ihk.access.Role;
import de.ihk.common.ApiException;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Publication;
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
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ActorService {

    /** Measures show their lead and partner actors, steps their responsible actor, presentations their presenter. */
    static final RecordKind<Actor> KIND = RecordKind.of(RecordType.ACTOR, Actor.class)
            .label(a -> a.name)
            .representation(ActorDto::of)
            .summary(ActorSummary::of)
            .shownBy(
                    "measure",
                    "lead_actor_id = :id OR id IN (SELECT measure_id FROM measure_partner_actor WHERE actor_id = :id)")
            .shownBy("action_step", "responsible_actor_id = :id")
            .shownBy("presentation", "presenter_actor_id = :id");

    static final Map<String, String> SORTABLE =
            Map.of("name", "lower(a.name)", "kind", "a.kind", "createdAt", "a.created_at");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser user;

    public record Filter(ActorKind kind, String q, String areaSlug, String municipality) {}

    public Page<ActorDto> list(Filter filter, PageRequest page) {
        return query(filter).page(page);
    }

    /** Every record the list shows, read when an export is written (see {@link Rows}). */
    public Rows<ActorDto> all(Filter filter) {
        return query(filter);
    }

    private ListQuery<ActorDto> query(Filter filter) {
        // Involvement counts through published measures of published areas; only admins see all.
        String visible = user.isAdmin() ? "" : " AND " + Publication.area("ar") + " AND " + Publication.measure("m");
        SqlFilter where = new SqlFilter()
                .where(
                        "a.kind = :kind",
                        "kind",
                        filter.kind() == null ? null : filter.kind().name())
                .where("a.municipality = :municipality", "municipality", filter.municipality())
                .where("a.search_vector @@ websearch_to_tsquery('german', :q)", "q", filter.q())
                .where("""
                        a.id IN (SELECT m.lead_actor_id FROM measure m JOIN area ar ON ar.id = m.area_id WHERE ar.slug = :area %1$s
                                 UNION SELECT p.actor_id FROM measure_partner_actor p JOIN measure m ON m.id = p.measure_id
                                       JOIN area ar ON ar.id = m.area_id WHERE ar.slug = :area %1$s
                                 UNION SELECT s.responsible_actor_id FROM action_step s JOIN measure m ON m.id = s.measure_id
                                       JOIN area ar ON ar.id = m.area_id WHERE ar.slug = :area %1$s)""".formatted(visible), "area", filter.areaSlug());
        return ListQuery.of(em, Actor.class, "actor a", "a", where, ActorDto::of);
    }

    public ActorDto get(UUID id) {
        return ActorDto.of(require(id));
    }

    public ActorDto create(String body) {
        requireEditorOrAdmin();
        return ActorDto.of(writes.create(KIND, new Actor(), body, ActorInput.class, (actor, input) -> {
            requireMayManage(input.municipality().trim());
            apply(actor, input);
        }));
    }

    public ActorDto update(UUID id, String ifMatch, String body) {
        Actor actor = require(id);
        requireMayManage(actor.municipality);
        return ActorDto.of(writes.update(KIND, actor, ifMatch, body, ActorInput.class, (a, input) -> {
            requireMayManage(input.municipality().trim());
            if (!a.municipality.equals(input.municipality().trim())
                    && usesOf(a).stream().mapToLong(Long::longValue).sum() > 0) {
                throw ApiException.conflict("The municipality of " + a.name + " cannot change while areas of "
                        + a.municipality + " refer to the actor.");
            }
            apply(a, input);
        }));
    }

    public void delete(UUID id, String ifMatch) {
        Actor actor = require(id);
        requireMayManage(actor.municipality);
        writes.delete(KIND, actor, ifMatch, this::refuseWhileUsed);
    }

    private void refuseWhileUsed(Actor actor) {
        List<Long> uses = usesOf(actor);
        if (uses.stream().anyMatch(n -> n > 0)) {
            List<String> reasons = new ArrayList<>();
            addReason(reasons, uses.get(0), "leads", "measure");
            addReason(reasons, uses.get(1), "is a partner in", "measure");
            addReason(reasons, uses.get(2), "is responsible for", "action step");
            addReason(reasons, uses.get(3), "presents in", "committee presentation");
            throw ApiException.conflict(
                    actor.name + " cannot be deleted: it still " + String.join(", ", reasons) + ".");
        }
    }

    private List<Long> usesOf(Actor actor) {
        Object[] row = (Object[])
                em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM measure WHERE lead_actor_id = :id),
                               (SELECT count(*) FROM measure_partner_actor WHERE actor_id = :id),
                               (SELECT count(*) FROM action_step WHERE responsible_actor_id = :id),
                               (SELECT count(*) FROM presentation WHERE presenter_actor_id = :id)""").setParameter("id", actor.id).getSingleResult();
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

    private void requireEditorOrAdmin() {
        user.requireSignedIn();
        if (!user.isAdmin() && user.role() != Role.EDITOR) {
            throw ApiException.forbidden("Only administrators and editors may manage actors.");
        }
    }

    /** Admins manage all actors; editors those of the municipalities of their areas. */
    private void requireMayManage(String municipality) {
        requireEditorOrAdmin();
        if (user.isAdmin()) {
            return;
        }
        long ownAreas = user.role() != Role.EDITOR || user.areaIds().isEmpty()
                ? 0
                : em.createQuery(
                                "SELECT count(a) FROM Area a WHERE a.id IN :ids AND a.municipality = :municipality",
                                Long.class)
                        .setParameter("ids", user.areaIds())
                        .setParameter("municipality", municipality)
                        .getSingleResult();
        if (ownAreas == 0) {
            throw ApiException.forbidden(
                    "Only administrators and editors of an area in " + municipality + " may manage its actors.");
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
