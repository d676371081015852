package de.ihk.overview;

import com.fasterxml.jackson.core.type.TypeReference;
import de.ihk.actor.ActorKind;
import de.ihk.actor.ActorSummary;
import de.ihk.committee.CommitteeSummary;
import de.ihk.common.JsonArrays;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import de.ihk.edition.EditionSummary;
import de.ihk.measure.MeasureSummary;
import de.ihk.presentation.Presentation;
import de.ihk.presentation.PresentationDto;
import de.ihk.presentation.PresentationService;
import de.ihk.presentation.PresentationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * The overview's next committee presentations of an area, read in one statement straight into their representations:
 * each presentation with its committee, edition and presenter, and the measures presented as a JSON array. The same
 * representation as {@link PresentationDto#of} gives for the entity (measures ordered by code point, as Java's string
 * comparison orders them).
 */
final class UpcomingPresentations {

    private static final String SELECT = """
            SELECT p.id, p.version, p.public_version, p.created_at, p.updated_at, p.date, p.time, p.title,
                   p.description, p.status, p.meeting_url, p.agenda_item_url, p.paper_url, p.location,
                   p.oparl_meeting_url, p.oparl_agenda_item_url, p.publication_status,
                   c.id AS committee_id, c.name AS committee_name, c.short_name AS committee_short_name,
                   e.id AS edition_id, e.label AS edition_label,
                   a.id AS presenter_id, a.name AS presenter_name, a.kind AS presenter_kind,
                   (SELECT json_agg(json_build_object('id', m.id, 'code', m.code, 'title', m.title, 'status', m.status)
                                    ORDER BY m.code COLLATE "C", m.id)
                    FROM presentation_measure pm JOIN measure m ON m.id = pm.measure_id
                    WHERE pm.presentation_id = p.id %1$s) AS measures
            FROM presentation p
            JOIN committee c ON c.id = p.committee_id
            LEFT JOIN edition e ON e.id = p.edition_id
            LEFT JOIN actor a ON a.id = p.presenter_actor_id
            WHERE p.area_id = :area AND %2$s %3$s
            ORDER BY p.date, p.time NULLS LAST, p.id LIMIT :limit""";

    private static final TypeReference<List<MeasureSummary>> MEASURES = new TypeReference<>() {};

    private UpcomingPresentations() {}

    @SuppressWarnings("unchecked")
    static List<PresentationDto> read(EntityManager em, UUID area, LocalDate today, boolean drafts, int limit) {
        String sql = SELECT.formatted(
                drafts ? "" : "AND " + Publication.measure("m"),
                PresentationService.UPCOMING,
                drafts ? "" : "AND " + Publication.presentation("p"));
        NativeQuery<Tuple> query = em.createNativeQuery(sql, Tuple.class).unwrap(NativeQuery.class);
        for (String uuid : List.of("id", "committee_id", "edition_id", "presenter_id")) {
            query.addScalar(uuid, UUID.class);
        }
        query.addScalar("version", Long.class)
                .addScalar("public_version", Long.class)
                .addScalar("created_at", Instant.class)
                .addScalar("updated_at", Instant.class)
                .addScalar("date", LocalDate.class)
                .addScalar("time", LocalTime.class);
        for (String text : List.of(
                "title",
                "description",
                "status",
                "meeting_url",
                "agenda_item_url",
                "paper_url",
                "location",
                "oparl_meeting_url",
                "oparl_agenda_item_url",
                "publication_status",
                "committee_name",
                "committee_short_name",
                "edition_label",
                "presenter_name",
                "presenter_kind",
                "measures")) {
            query.addScalar(text, String.class);
        }
        return query
                .setParameter("area", area)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList()
                .stream()
                .map(row -> presentation(row, today, drafts))
                .toList();
    }

    private static PresentationDto presentation(Tuple r, LocalDate today, boolean drafts) {
        UUID edition = r.get("edition_id", UUID.class);
        UUID presenter = r.get("presenter_id", UUID.class);
        LocalDate date = r.get("date", LocalDate.class);
        PresentationStatus status = PresentationStatus.valueOf(r.get("status", String.class));
        return new PresentationDto(
                r.get("id", UUID.class),
                r.get(drafts ? "version" : "public_version", Long.class),
                r.get("created_at", Instant.class),
                r.get("updated_at", Instant.class),
                new CommitteeSummary(
                        r.get("committee_id", UUID.class),
                        r.get("committee_name", String.class),
                        r.get("committee_short_name", String.class)),
                date,
                r.get("time", LocalTime.class),
                r.get("title", String.class),
                r.get("description", String.class),
                edition == null ? null : new EditionSummary(edition, r.get("edition_label", String.class)),
                JsonArrays.read(r.get("measures", String.class), MEASURES),
                presenter == null
                        ? null
                        : new ActorSummary(
                                presenter,
                                r.get("presenter_name", String.class),
                                ActorKind.valueOf(r.get("presenter_kind", String.class))),
                status,
                Presentation.isUpcoming(date, status, today),
                r.get("meeting_url", String.class),
                r.get("agenda_item_url", String.class),
                r.get("paper_url", String.class),
                r.get("location", String.class),
                r.get("oparl_meeting_url", String.class),
                r.get("oparl_agenda_item_url", String.class),
                PublicationStatus.valueOf(r.get("publication_status", String.class)));
    }
}
