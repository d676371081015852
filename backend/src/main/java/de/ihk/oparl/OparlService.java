package de.ihk.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.access.CurrentUser;
import de.ihk.access.Role;
import de.ihk.committee.Committee;
import de.ihk.common.ApiException;
import de.ihk.integration.OparlClient;
import de.ihk.integration.OparlException;
import de.ihk.integration.OparlMeeting;
import de.ihk.presentation.Presentation;
import de.ihk.presentation.PresentationService;
import de.ihk.presentation.PresentationStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Committee dates from the council information system (OParl): the meetings of a committee's organization to pick
 * from, and the synchronisation that moves and cancels the dates linked to a meeting as the council system does. The
 * council system is read outside any transaction; what it says is written afterwards in one short transaction, so that
 * a council system that fails changes nothing.
 */
@ApplicationScoped
public class OparlService {

    /** The author of the synchronisation's changes in the history. */
    public static final String SYSTEM_NAME = "Ratsinformationssystem";

    @Inject
    EntityManager em;

    @Inject
    OparlClient oparl;

    @Inject
    CurrentUser user;

    @Inject
    PresentationService presentations;

    @Inject
    Clock clock;

    /** The meetings of the committee's organization (editors and admins). */
    public OparlMeetingList meetings(UUID committeeId) {
        requireEditor();
        Committee committee = QuarkusTransaction.requiringNew().call(() -> committee(committeeId));
        if (committee.oparlOrganizationUrl == null) {
            throw ApiException.conflict(committee.name
                    + " is not linked to an organization of the council information system (oparlOrganizationUrl).");
        }
        try {
            JsonNode organization = oparl.object(committee.oparlOrganizationUrl, "Organization");
            String meetingList = organization.path("meeting").asText("");
            if (meetingList.isBlank()) {
                throw new OparlException(
                        "The organization " + committee.oparlOrganizationUrl + " has no meeting list.");
            }
            OparlClient.ListResult list = oparl.list(meetingList);
            Map<String, OparlMeeting> meetings = new LinkedHashMap<>();
            for (JsonNode node : list.items()) {
                if (node.isObject() && OparlClient.isType(node, "Meeting") && !OparlClient.isDeleted(node)) {
                    OparlMeeting meeting = OparlMeeting.of(node);
                    if (meeting.id() != null) {
                        meetings.putIfAbsent(meeting.id(), meeting); // a list changing while it is read repeats some
                    }
                }
            }
            List<OparlMeeting> sorted = new ArrayList<>(meetings.values());
            sorted.sort(Comparator.comparing(OparlMeeting::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(OparlMeeting::time, Comparator.nullsFirst(Comparator.naturalOrder())));
            return new OparlMeetingList(
                    new OparlMeetingList.Organization(
                            organization.path("id").asText(committee.oparlOrganizationUrl),
                            text(organization, "name"),
                            text(organization, "web")),
                    sorted,
                    list.pages(),
                    !list.truncated());
        } catch (OparlException e) {
            throw ApiException.upstreamFailed(e.getMessage());
        }
    }

    /**
     * Synchronises the committee's dates now (editors and admins). The changes are recorded as made by the council
     * information system; when it fails, nothing is changed and the answer says why (424).
     */
    public OparlSyncReport sync(UUID committeeId) {
        requireEditor();
        Committee committee = QuarkusTransaction.requiringNew().call(() -> committee(committeeId));
        try {
            return syncCommittee(committee.id);
        } catch (OparlException e) {
            throw ApiException.upstreamFailed(e.getMessage() + " Nothing was changed.");
        }
    }

    /** The committees with dates linked to a meeting, for the scheduled synchronisation. */
    public List<UUID> linkedCommittees() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery(
                                "SELECT DISTINCT committee_id FROM presentation WHERE oparl_meeting_url IS NOT NULL",
                                UUID.class)
                        .getResultList()
                        .stream()
                        .map(UUID.class::cast)
                        .toList());
    }

    /**
     * Reads every meeting the committee's dates are linked to, then updates the dates in one transaction as the
     * council information system. Throws {@link OparlException}, having changed nothing, when a meeting cannot be read.
     */
    public OparlSyncReport syncCommittee(UUID committeeId) {
        record Link(UUID id, String meetingUrl) {}
        Instant started = Instant.now(clock);
        String committeeName = QuarkusTransaction.requiringNew().call(() -> em.find(Committee.class, committeeId).name);
        List<Link> links = QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createQuery(
                                "SELECT p.id, p.oparlMeetingUrl FROM Presentation p WHERE p.committee.id = :committee"
                                        + " AND p.oparlMeetingUrl IS NOT NULL ORDER BY p.date, p.id",
                                Object[].class)
                        .setParameter("committee", committeeId)
                        .getResultList()
                        .stream()
                        .map(row -> new Link((UUID) row[0], (String) row[1]))
                        .toList());
        Set<String> urls = new LinkedHashSet<>();
        links.forEach(link -> urls.add(link.meetingUrl()));
        Map<String, MeetingState> states = new LinkedHashMap<>();
        for (String url : urls) {
            JsonNode node = oparl.object(url, "Meeting"); // deleted meetings answer 200 with "deleted": true
            states.put(url, new MeetingState(OparlMeeting.of(node), OparlClient.isDeleted(node)));
        }
        List<OparlSyncReport.PresentationChange> changes = user.runAsSystem(
                SYSTEM_NAME,
                () -> QuarkusTransaction.requiringNew()
                        .call(() -> apply(links.stream()
                                .map(link -> Map.entry(link.id(), states.get(link.meetingUrl())))
                                .toList())));
        int cancelled = (int) changes.stream()
                .filter(c -> c.changes().stream().anyMatch(f -> f.field().equals("status")))
                .count();
        return new OparlSyncReport(
                committeeId, committeeName, started, states.size(), links.size(), changes.size(), cancelled, changes);
    }

    /** What the council information system says of a meeting. */
    private record MeetingState(OparlMeeting meeting, boolean deleted) {}

    private List<OparlSyncReport.PresentationChange> apply(List<Map.Entry<UUID, MeetingState>> links) {
        List<OparlSyncReport.PresentationChange> changes = new ArrayList<>();
        for (Map.Entry<UUID, MeetingState> link : links) {
            Presentation presentation = em.find(Presentation.class, link.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (presentation == null) {
                continue; // deleted since it was read
            }
            MeetingState state = link.getValue();
            OparlMeeting meeting = state.meeting();
            boolean moves = !state.deleted() && meeting.date() != null;
            LocalDate date = moves ? meeting.date() : presentation.date;
            LocalTime time = moves ? meeting.time() : presentation.time;
            PresentationStatus status =
                    state.deleted() || meeting.cancelled() ? PresentationStatus.CANCELLED : presentation.status;
            List<OparlSyncReport.FieldChange> fields = new ArrayList<>();
            addIfChanged(fields, "date", presentation.date, date);
            addIfChanged(fields, "time", presentation.time, time);
            addIfChanged(fields, "status", presentation.status, status);
            if (fields.isEmpty()) {
                continue;
            }
            presentations.updateFromCouncil(presentation, p -> {
                p.date = date;
                p.time = time;
                p.status = status;
            });
            changes.add(new OparlSyncReport.PresentationChange(
                    presentation.id, presentation.area.slug, presentation.title, presentation.oparlMeetingUrl, fields));
        }
        return changes;
    }

    private static void addIfChanged(List<OparlSyncReport.FieldChange> fields, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            fields.add(new OparlSyncReport.FieldChange(field, format(from), format(to)));
        }
    }

    private static String format(Object value) {
        if (value instanceof LocalTime time) {
            return time.toString().substring(0, 5);
        }
        return value == null ? null : value instanceof LocalDate date ? date.toString() : value.toString();
    }

    private void requireEditor() {
        user.requireSignedIn();
        if (!user.isAdmin() && user.role() != Role.EDITOR) {
            throw ApiException.forbidden("Only editors and administrators may use the council information system.");
        }
    }

    private Committee committee(UUID id) {
        Committee committee = em.find(Committee.class, id);
        if (committee == null) {
            throw ApiException.notFound("There is no committee with id " + id + ".");
        }
        return committee;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
