package de.ihk.presentation;

import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.committee.Committee;
import de.ihk.common.PublishableEntity;
import de.ihk.edition.Edition;
import de.ihk.measure.Measure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

/** The presentation of the concept (or of measures) to a council committee on a date. */
@Entity
@Table(name = "presentation")
public class Presentation extends PublishableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    public Committee committee;

    public LocalDate date;
    public LocalTime time;
    public String title;
    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presenter_actor_id")
    public Actor presenter;

    @Enumerated(EnumType.STRING)
    public PresentationStatus status;

    @Column(name = "meeting_url")
    public String meetingUrl;

    @Column(name = "agenda_item_url")
    public String agendaItemUrl;

    @Column(name = "paper_url")
    public String paperUrl;

    /** Where the committee meets (e.g. "Rathaus, Sitzungssaal 1"). */
    public String location;

    /** The meeting of the council information system (OParl id) the date was taken from and is kept in step with. */
    @Column(name = "oparl_meeting_url")
    public String oparlMeetingUrl;

    @Column(name = "oparl_agenda_item_url")
    public String oparlAgendaItemUrl;

    @ManyToMany
    @JoinTable(
            name = "presentation_measure",
            joinColumns = @JoinColumn(name = "presentation_id"),
            inverseJoinColumns = @JoinColumn(name = "measure_id"))
    public Set<Measure> measures = new HashSet<>();

    /** Upcoming for display: not in the past and not held or cancelled. */
    public boolean isUpcoming(LocalDate today) {
        return isUpcoming(date, status, today);
    }

    /** Whether a presentation on {@code date} with {@code status} is upcoming (see {@link #isUpcoming(LocalDate)}). */
    public static boolean isUpcoming(LocalDate date, PresentationStatus status, LocalDate today) {
        return !date.isBefore(today)
                && (status == PresentationStatus.SCHEDULED || status == PresentationStatus.POSTPONED);
    }
}
