package de.ihk.presentation;

import com.fasterxml.jackson.annotation.JsonFormat;
import de.ihk.actor.ActorSummary;
import de.ihk.committee.CommitteeSummary;
import de.ihk.common.PublicationStatus;
import de.ihk.common.Publishable;
import de.ihk.common.Versioned;
import de.ihk.edition.EditionSummary;
import de.ihk.measure.MeasureSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

public record PresentationDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        CommitteeSummary committee,
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime time,
        String title,
        String description,
        EditionSummary edition,
        List<MeasureSummary> measures,
        ActorSummary presenter,
        PresentationStatus status,
        boolean upcoming,
        String meetingUrl,
        String agendaItemUrl,
        String paperUrl,
        String location,
        String oparlMeetingUrl,
        String oparlAgendaItemUrl,
        PublicationStatus publicationStatus)
        implements Versioned {

    /**
     * The presentation as a reader sees it.
     *
     * @param drafts whether the reader sees drafts (else only public measures are listed, and the public version)
     */
    public static PresentationDto of(Presentation p, LocalDate today, boolean drafts) {
        return new PresentationDto(
                p.id,
                p.versionFor(drafts),
                p.createdAt,
                p.updatedAt,
                CommitteeSummary.of(p.committee),
                p.date,
                p.time,
                p.title,
                p.description,
                EditionSummary.of(p.edition),
                MeasureSummary.of(Publishable.visible(p.measures, drafts)),
                ActorSummary.of(p.presenter),
                p.status,
                p.isUpcoming(today),
                p.meetingUrl,
                p.agendaItemUrl,
                p.paperUrl,
                p.location,
                p.oparlMeetingUrl,
                p.oparlAgendaItemUrl,
                p.publicationStatus);
    }
}
