package de.ihk.calendar;

import de.ihk.measure.MeasureSummary;
import de.ihk.presentation.PresentationDto;
import de.ihk.presentation.PresentationStatus;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes committee dates as an iCalendar (RFC 5545) feed for subscription. What each event says:
 *
 * <ul>
 *   <li>{@code UID} {@code <presentation id>@ihk-presentation}: the same whatever address the server has;
 *   <li>{@code SEQUENCE} the version readers without draft rights see, which the write path raises on every change
 *       they can see (and a change of what the date shows: the committee's name, a measure's code or title);
 *   <li>{@code DTSTAMP} and {@code LAST-MODIFIED} the time of the presentation's last change, so that the feed's bytes
 *       (and its ETag) stay the same until something changes;
 *   <li>a date with a time starts then in Europe/Berlin and lasts {@link #DEFAULT_DURATION}; a date without a time is an
 *       all-day event;
 *   <li>{@code STATUS} CANCELLED for a cancelled date, TENTATIVE for a postponed one (it will not take place then, but
 *       no new date is known), CONFIRMED for scheduled and held dates.
 * </ul>
 */
final class PresentationCalendar {

    static final String PRODID = "-//Integriertes Handlungskonzept//Ausschusstermine//DE";
    static final String UID_SUFFIX = "@ihk-presentation";
    static final Duration DEFAULT_DURATION = Duration.ofHours(2);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final TimeZoneRegistry TIME_ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    /** A presentation as the feed shows it, with the area it belongs to. */
    record Entry(PresentationDto presentation, String areaSlug, String areaName) {}

    private PresentationCalendar() {}

    /**
     * The feed as text, folded and with CRLF line ends.
     *
     * @param name the calendar's name (X-WR-CALNAME)
     * @param webApp the web app's address without a trailing slash, for the links in descriptions
     */
    static String write(String name, List<Entry> entries, String webApp) {
        return IcsFolding.fold(calendar(name, entries, webApp).toString());
    }

    static Calendar calendar(String name, List<Entry> entries, String webApp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE.getId()));
        calendar.add(berlin());
        for (Entry entry : entries) {
            calendar.add(event(entry, webApp));
        }
        return calendar;
    }

    private static VTimeZone berlin() {
        return TIME_ZONES.getTimeZone(ZONE.getId()).getVTimeZone();
    }

    private static VEvent event(Entry entry, String webApp) {
        PresentationDto p = entry.presentation();
        VEvent event = new VEvent(false);
        event.add(new Uid(p.id() + UID_SUFFIX));
        event.add(new DtStamp(p.updatedAt()));
        event.add(new LastModified(p.updatedAt()));
        event.add(new Sequence(Math.toIntExact(p.version())));
        if (p.time() == null) {
            event.add(new DtStart<>(p.date()));
            event.add(new DtEnd<>(p.date().plusDays(1)));
        } else {
            ZonedDateTime start = ZonedDateTime.of(p.date(), p.time(), ZONE);
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(start.plus(DEFAULT_DURATION)));
        }
        event.add(new Summary(p.committee().name() + ": " + p.title()));
        event.add(new Description(description(entry, webApp)));
        if (p.meetingUrl() != null) {
            event.add(new Url(URI.create(p.meetingUrl())));
        }
        event.add(status(p.status()));
        // RFC 5546 wants an organizer for each published event: the committee, named by its page in the web app.
        Organizer organizer =
                new Organizer(URI.create(webApp + "/committees/" + p.committee().id()));
        organizer.add(new Cn(p.committee().name().replace('"', '\'')));
        event.add(organizer);
        return event;
    }

    private static Status status(PresentationStatus status) {
        return switch (status) {
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
            case SCHEDULED, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
        };
    }

    /** The title and description, what is presented, and where to read more: the web app and the council system. */
    static String description(Entry entry, String webApp) {
        PresentationDto p = entry.presentation();
        String area = webApp + "/areas/" + entry.areaSlug();
        List<String> lines = new ArrayList<>();
        if (p.status() == PresentationStatus.CANCELLED) {
            lines.add("Abgesagt.");
        } else if (p.status() == PresentationStatus.POSTPONED) {
            lines.add("Verschoben: ein neuer Termin steht noch nicht fest.");
        }
        lines.add(p.title());
        if (p.description() != null && !p.description().isBlank()) {
            lines.add(p.description().strip());
        }
        lines.add("");
        lines.add("Fördergebiet: " + entry.areaName());
        if (p.edition() != null) {
            lines.add("Fassung: " + p.edition().label());
        }
        if (p.presenter() != null) {
            lines.add("Vorgestellt von: " + p.presenter().name());
        }
        if (!p.measures().isEmpty()) {
            lines.add("");
            lines.add("Vorgestellte Maßnahmen:");
            for (MeasureSummary m : p.measures()) {
                lines.add("- " + m.code() + " " + m.title() + ": " + area + "/measures/" + m.id());
            }
        }
        lines.add("");
        if (p.meetingUrl() != null) {
            lines.add("Sitzung im Ratsinformationssystem: " + p.meetingUrl());
        }
        if (p.agendaItemUrl() != null) {
            lines.add("Tagesordnungspunkt: " + p.agendaItemUrl());
        }
        if (p.paperUrl() != null) {
            lines.add("Vorlage: " + p.paperUrl());
        }
        lines.add("Termin im Web: " + area + "/committee-dates#presentation-" + p.id());
        return String.join("\n", lines);
    }
}
