package de.ihk.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.committee.Committee;
import de.ihk.common.PublicAddress;
import de.ihk.concept.ConceptContent;
import de.ihk.concept.ConceptContent.MeasurePart;
import de.ihk.concept.ConceptContent.PresentationPart;
import de.ihk.concept.ConceptContent.TargetGroupPart;
import de.ihk.concept.ConceptReader;
import de.ihk.edition.Edition;
import de.ihk.opendata.AreaExport.ActorEntry;
import de.ihk.opendata.AreaExport.CommitteeEntry;
import de.ihk.opendata.AreaExport.EditionEntry;
import de.ihk.opendata.AreaExport.Links;
import de.ihk.opendata.AreaExport.PresentationEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The full export of an area: its published concept as the editions read it ({@link ConceptReader}), with all its
 * published presentations and the actors, target groups, committees and editions the content names. Drafts never enter
 * it; a draft area has none (404, for everybody, as its catalogue entry and calendar feed).
 */
@ApplicationScoped
@Transactional
public class AreaExports {

    @Inject
    PublishedAreas areas;

    @Inject
    ConceptReader concepts;

    @Inject
    OpenDataService openData;

    @Inject
    PublicAddress publicAddress;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The export as JSON bytes, so that its ETag is made of exactly what is sent. */
    public Rendered json(String slug, String requestBase) {
        try {
            return new Rendered(json.writeValueAsBytes(export(slug, requestBase)), OpenDataService.JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The export could not be written as JSON", e);
        }
    }

    AreaExport export(String slug, String requestBase) {
        Area area = areas.bySlug(slug);
        String base = publicAddress.of(requestBase);
        String api = base + "/api/v1/areas/" + OpenDataService.encode(area.slug);
        ConceptContent content = concepts.published(area);

        List<PresentationEntry> presentations = presentations(area, content);
        Set<UUID> actorIds = new LinkedHashSet<>();
        for (MeasurePart m : content.measures()) {
            Stream.concat(
                            Stream.concat(Stream.of(m.leadActor()), m.partnerActors().stream()),
                            m.steps().stream().map(s -> s.responsibleActor()))
                    .filter(Objects::nonNull)
                    .forEach(a -> actorIds.add(a.id()));
        }
        presentations.stream()
                .map(p -> p.presentation().presenter())
                .filter(Objects::nonNull)
                .forEach(a -> actorIds.add(a.id()));
        Map<String, TargetGroupPart> targetGroups = new TreeMap<>();
        Stream.concat(
                        content.needs().stream().flatMap(n -> n.targetGroups().stream()),
                        content.measures().stream().flatMap(m -> m.targetGroups().stream()))
                .forEach(g -> targetGroups.putIfAbsent(g.code(), g));

        return new AreaExport(
                AreaExport.FORMAT,
                AreaExport.VERSION,
                areas.modified(List.of(area)).get(area.id),
                new Links(
                        api + "/export",
                        api,
                        base + "/api/v1/catalog",
                        base + "/areas/" + OpenDataService.encode(area.slug)),
                openData.license(),
                content.area(),
                content.actionFields(),
                content.needs(),
                content.measures(),
                presentations,
                actors(actorIds),
                List.copyOf(targetGroups.values()),
                committees(presentations.stream()
                        .map(p -> p.presentation().committee().id())
                        .toList()),
                editions(area, api));
    }

    /** The published presentations with the edition each presented and the published measures it named. */
    private List<PresentationEntry> presentations(Area area, ConceptContent content) {
        Map<UUID, UUID> editionOf = new HashMap<>();
        em.createQuery(
                        "SELECT p.id, e.id FROM Presentation p LEFT JOIN p.edition e WHERE p.area = :area",
                        Object[].class)
                .setParameter("area", area)
                .getResultList()
                .forEach(row -> {
                    if (row[1] != null) {
                        editionOf.put((UUID) row[0], (UUID) row[1]);
                    }
                });
        Map<UUID, Integer> publicMeasures = new HashMap<>();
        List<MeasurePart> measures = content.measures();
        for (int i = 0; i < measures.size(); i++) {
            publicMeasures.put(measures.get(i).id(), i);
        }
        Map<UUID, List<UUID>> measuresOf = new HashMap<>();
        em
                .createQuery(
                        "SELECT p.id, m.id FROM Presentation p JOIN p.measures m WHERE p.area = :area", Object[].class)
                .setParameter("area", area)
                .getResultList()
                .stream()
                .filter(row -> publicMeasures.containsKey((UUID) row[1]))
                .forEach(row -> measuresOf
                        .computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                        .add((UUID) row[1]));
        // In the order of the content's measures (by action field and code), as everywhere in the export.
        measuresOf.values().forEach(ids -> ids.sort(Comparator.comparing(publicMeasures::get)));
        List<PresentationEntry> entries = new ArrayList<>();
        for (PresentationPart p : content.presentations()) {
            entries.add(new PresentationEntry(p, editionOf.get(p.id()), measuresOf.getOrDefault(p.id(), List.of())));
        }
        return entries;
    }

    private List<ActorEntry> actors(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery("SELECT a FROM Actor a WHERE a.id IN :ids ORDER BY a.name, a.id", Actor.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(a -> new ActorEntry(
                        a.id,
                        a.name,
                        Objects.toString(a.kind, null),
                        a.municipality,
                        a.description,
                        a.website,
                        a.email))
                .toList();
    }

    private List<CommitteeEntry> committees(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery("SELECT c FROM Committee c WHERE c.id IN :ids ORDER BY c.name, c.id", Committee.class)
                .setParameter("ids", new LinkedHashSet<>(ids))
                .getResultList()
                .stream()
                .map(c -> new CommitteeEntry(c.id, c.name, c.shortName, c.municipality, c.oparlOrganizationUrl))
                .toList();
    }

    private List<EditionEntry> editions(Area area, String api) {
        return em
                .createQuery(
                        "SELECT e FROM Edition e WHERE e.area = :area ORDER BY e.publishedOn NULLS LAST, e.label, e.id",
                        Edition.class)
                .setParameter("area", area)
                .getResultList()
                .stream()
                .map(e -> new EditionEntry(
                        e.id,
                        e.label,
                        e.status.name(),
                        e.publishedOn,
                        e.adoptedOn,
                        e.summary,
                        e.documentUrl,
                        api + "/editions/" + e.id + "/content",
                        api + "/editions/" + e.id + "/document.pdf"))
                .toList();
    }
}
