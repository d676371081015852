package de.ihk.presentation;

import de.ihk.actor.ActorReferences;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.committee.Committee;
import de.ihk.common.ApiException;
import de.ihk.common.FieldError;
import de.ihk.common.ListQuery;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.Publication;
import de.ihk.common.PublicationStatus;
import de.ihk.common.References;
import de.ihk.common.Rows;
import de.ihk.common.SqlFilter;
import de.ihk.edition.Edition;
import de.ihk.integration.OutboundUrls;
import de.ihk.measure.Measure;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

@ApplicationScoped
@Transactional
public class PresentationService {

    static final Map<String, String> SORTABLE =
            Map.of("date", "p.date", "title", "lower(p.title)", "createdAt", "p.created_at");
    /** SQL condition of {@link Presentation#isUpcoming}. */
    public static final String UPCOMING = "(p.date >= :today AND p.status IN ('SCHEDULED', 'POSTPONED'))";

    final RecordKind<Presentation> kind = RecordKind.of(RecordType.PRESENTATION, Presentation.class)
            .label(p -> p.title)
            .area(p -> p.area.id)
            .representation(this::dto);

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    References references;

    @Inject
    Clock clock;

    @Inject
    AreaAccess access;

    @Inject
    OutboundUrls outboundUrls;

    public record Filter(
            UUID committee,
            LocalDate from,
            LocalDate to,
            PresentationStatus status,
            Boolean upcoming,
            PublicationStatus publicationStatus) {}

    public Page<PresentationDto> list(String slug, Filter filter, PageRequest page) {
        return query(slug, filter).page(page);
    }

    /** Every record the list shows, read when an export is written (see {@link Rows}). */
    public Rows<PresentationDto> all(String slug, Filter filter) {
        return query(slug, filter);
    }

    private ListQuery<PresentationDto> query(String slug, Filter filter) {
        Area area = access.forRead(slug);
        boolean drafts = access.showsDrafts(area);
        LocalDate today = LocalDate.now(clock);
        SqlFilter where = new SqlFilter()
                .where("p.area_id = :area", "area", area.id)
                .where("p.committee_id = :committee", "committee", filter.committee())
                .where("p.date >= :from", "from", filter.from())
                .where("p.date <= :to", "to", filter.to())
                .where(
                        "p.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .where(
                        "p.publication_status = :publicationStatus",
                        "publicationStatus",
                        PublicationStatus.nameOf(filter.publicationStatus()));
        if (!drafts) {
            where.where(Publication.presentation("p"));
        }
        if (filter.upcoming() != null) {
            where.where((filter.upcoming() ? "" : "NOT ") + UPCOMING, "today", today);
        }
        return ListQuery.of(
                em, Presentation.class, "presentation p", "p", where, p -> PresentationDto.of(p, today, drafts));
    }

    public PresentationDto get(String slug, UUID id) {
        var presentation = access.readable(Presentation.class, "presentation", slug, id);
        return dto(presentation.record(), presentation.drafts());
    }

    public PresentationDto create(String slug, String body) {
        Presentation presentation = new Presentation();
        presentation.area = access.forEdit(slug);
        return dto(writes.create(kind, presentation, body, PresentationInput.class, this::apply), true);
    }

    public PresentationDto update(String slug, UUID id, String ifMatch, String body) {
        return dto(writes.update(kind, editable(slug, id), ifMatch, body, PresentationInput.class, this::apply), true);
    }

    public void delete(String slug, UUID id, String ifMatch) {
        writes.delete(kind, editable(slug, id), ifMatch);
    }

    /**
     * Changes a presentation as the council information system says (the caller runs as that system, see
     * {@link de.ihk.access.CurrentUser#runAsSystem}); through the one write path, so the history records it.
     */
    public Presentation updateFromCouncil(Presentation presentation, Consumer<Presentation> change) {
        return writes.updateUnconditionally(kind, presentation, change);
    }

    private PresentationDto dto(Presentation presentation, boolean drafts) {
        return PresentationDto.of(presentation, LocalDate.now(clock), drafts);
    }

    private Presentation editable(String slug, UUID id) {
        return access.editable(Presentation.class, "presentation", slug, id);
    }

    private void apply(Presentation presentation, PresentationInput input) {
        Area area = presentation.area;
        List<FieldError> errors = new ArrayList<>();
        Committee committee = committee(input.committeeId(), area, errors);
        Edition edition =
                references.inArea(Edition.class, "edition", input.editionId(), area.scope(), "editionId", errors);
        List<Measure> measures =
                references.allInArea(Measure.class, "measure", input.measureIds(), area.scope(), "measureIds", errors);
        var presenter = ActorReferences.one(
                references, input.presenterActorId(), area.municipality, "presenterActorId", errors);
        checkCouncilLinks(presentation, input, errors);
        References.failIfAny(errors);
        presentation.committee = committee;
        presentation.date = input.date();
        presentation.time = input.time() == null ? null : LocalTime.parse(input.time());
        presentation.title = input.title().trim();
        presentation.description = input.description();
        presentation.edition = edition;
        presentation.measures = new HashSet<>(measures);
        presentation.presenter = presenter;
        presentation.status = input.status();
        presentation.meetingUrl = input.meetingUrl();
        presentation.agendaItemUrl = input.agendaItemUrl();
        presentation.paperUrl = input.paperUrl();
        presentation.location = blankToNull(input.location());
        presentation.oparlMeetingUrl = input.oparlMeetingUrl();
        presentation.oparlAgendaItemUrl = input.oparlAgendaItemUrl();
        presentation.publicationStatus =
                PublicationStatus.orDefault(input.publicationStatus(), presentation.publicationStatus);
    }

    /**
     * The OParl meeting is called by the synchronisation, so it must be a URL the server may call (checked when it
     * changes); an agenda item belongs to a meeting.
     */
    private void checkCouncilLinks(Presentation presentation, PresentationInput input, List<FieldError> errors) {
        if (input.oparlMeetingUrl() != null && !Objects.equals(input.oparlMeetingUrl(), presentation.oparlMeetingUrl)) {
            try {
                outboundUrls.check("oparlMeetingUrl", input.oparlMeetingUrl());
            } catch (ApiException e) {
                errors.addAll(e.errors());
            }
        }
        if (input.oparlAgendaItemUrl() != null && input.oparlMeetingUrl() == null) {
            errors.add(new FieldError(
                    "oparlAgendaItemUrl", "An agenda item needs the meeting it belongs to (oparlMeetingUrl)."));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Committee committee(UUID id, Area area, List<FieldError> errors) {
        Committee committee = em.find(Committee.class, id);
        if (committee == null || !committee.municipality.equals(area.municipality)) {
            errors.add(new FieldError(
                    "committeeId", "There is no committee with id " + id + " in " + area.municipality + "."));
            return null;
        }
        return committee;
    }
}
