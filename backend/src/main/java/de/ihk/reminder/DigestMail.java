package de.ihk.reminder;

import static de.ihk.common.Html.escape;

import de.ihk.reminder.DigestContent.Digest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a digest as a mail, in the account's language: a subject, a plain text and an HTML part with the same
 * content, links into the app and the unsubscribe link.
 */
final class DigestMail {

    record Rendered(String subject, String text, String html) {}

    /** The texts of a mail in one language. */
    private record Texts(
            Locale locale,
            DateTimeFormatter dates,
            String subject,
            String greeting,
            String intro,
            String steps,
            String overdue,
            String due,
            String stale,
            String lastChanged,
            String needs,
            String presentations,
            String workView,
            String footer,
            String settings,
            String unsubscribe) {}

    private static final Texts DE = new Texts(
            Locale.GERMAN,
            DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN),
            "Ihre Wochenübersicht: %d Punkte",
            "Guten Tag %s,",
            "hier ist Ihre wöchentliche Übersicht vom %s.",
            "Handlungsschritte, die überfällig oder in den nächsten %d Tagen fällig sind",
            "überfällig seit",
            "fällig am",
            "Maßnahmen, die seit mehr als %d Tagen nicht aktualisiert wurden",
            "zuletzt geändert am",
            "Bedarfe ohne Maßnahme",
            "Anstehende Termine in Ausschüssen",
            "Arbeitsansicht",
            "Sie erhalten diese E-Mail, weil Sie die Wochenübersicht abonniert haben.",
            "Einstellungen",
            "Wochenübersicht abbestellen");

    private static final Texts EN = new Texts(
            Locale.ENGLISH,
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            "Your weekly digest: %d items",
            "Hello %s,",
            "here is your weekly digest of %s.",
            "Action steps overdue or due in the next %d days",
            "overdue since",
            "due on",
            "Measures not updated for more than %d days",
            "last changed on",
            "Needs without a measure",
            "Upcoming committee dates",
            "Work view",
            "You receive this e-mail because you subscribed to the weekly digest.",
            "Settings",
            "Unsubscribe from the weekly digest");

    private DigestMail() {}

    /** One entry of a section: its text and the page it links to. */
    private record Entry(String text, String url) {}

    static Rendered render(Digest digest, ReminderSettings settings, String baseUrl, String unsubscribeUrl) {
        boolean english = "en".equals(digest.recipient().language());
        Texts t = english ? EN : DE;
        Function<LocalDate, String> date = d -> d.format(t.dates());
        // the app's pages in the mail's language: English ones live under /en
        String app = baseUrl + (english ? "/en" : "");
        String area = app + "/areas/";
        List<Section> sections = List.of(
                new Section(
                        String.format(t.locale(), t.steps(), settings.stepsAheadDays()),
                        digest.steps().stream()
                                .map(s -> new Entry(
                                        s.title() + " – " + s.measureCode() + " " + s.measureTitle() + " ("
                                                + s.areaName() + "), " + (s.overdue() ? t.overdue() : t.due()) + " "
                                                + date.apply(s.dueDate()),
                                        area + s.areaSlug() + "/measures/" + s.measureId()))
                                .toList()),
                new Section(
                        String.format(t.locale(), t.stale(), settings.staleAfterDays()),
                        digest.staleMeasures().stream()
                                .map(m -> new Entry(
                                        m.code() + " " + m.title() + " (" + m.areaName() + "), " + t.lastChanged() + " "
                                                + date.apply(m.updatedOn()),
                                        area + m.areaSlug() + "/measures/" + m.id()))
                                .toList()),
                new Section(
                        t.needs(),
                        digest.uncoveredNeeds().stream()
                                .map(n -> new Entry(
                                        n.code() + " " + n.title() + " (" + n.areaName() + ")",
                                        area + n.areaSlug() + "/needs/" + n.id()))
                                .toList()),
                new Section(
                        t.presentations(),
                        digest.presentations().stream()
                                .map(p -> new Entry(
                                        date.apply(p.date())
                                                + (p.time() == null ? "" : " " + p.time())
                                                + ": " + p.committee() + " – " + p.title() + " (" + p.areaName()
                                                + ")",
                                        area + p.areaSlug() + "/committee-dates"))
                                .toList()));
        String subject = String.format(t.locale(), t.subject(), digest.items());
        String greeting = String.format(t.greeting(), digest.recipient().displayName());
        String intro = String.format(t.intro(), date.apply(digest.today()));
        List<Entry> workViews = digest.areaSlugs().stream()
                .map(slug -> new Entry(t.workView() + " " + slug, area + slug + "/work"))
                .toList();
        String settingsUrl = app + "/settings";

        StringBuilder text = new StringBuilder();
        text.append(greeting).append("\n\n").append(intro).append("\n");
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"")
                .append(t.locale().getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject))
                .append("</title></head><body style=\"font-family:sans-serif;line-height:1.5\">")
                .append("<p>")
                .append(escape(greeting))
                .append("</p><p>")
                .append(escape(intro))
                .append("</p>");
        for (Section section : sections) {
            if (section.entries().isEmpty()) {
                continue;
            }
            text.append("\n").append(section.title()).append(":\n");
            html.append("<h2 style=\"font-size:1.1em\">")
                    .append(escape(section.title()))
                    .append("</h2><ul>");
            for (Entry e : section.entries()) {
                text.append("- ")
                        .append(e.text())
                        .append("\n  ")
                        .append(e.url())
                        .append("\n");
                html.append("<li><a href=\"")
                        .append(escape(e.url()))
                        .append("\">")
                        .append(escape(e.text()))
                        .append("</a></li>");
            }
            html.append("</ul>");
        }
        text.append("\n");
        html.append("<p>");
        for (Entry e : workViews) {
            text.append(e.text()).append(": ").append(e.url()).append("\n");
            html.append("<a href=\"")
                    .append(escape(e.url()))
                    .append("\">")
                    .append(escape(e.text()))
                    .append("</a><br>");
        }
        html.append("</p>");
        text.append("\n-- \n")
                .append(t.footer())
                .append("\n")
                .append(t.settings())
                .append(": ")
                .append(settingsUrl)
                .append("\n")
                .append(t.unsubscribe())
                .append(": ")
                .append(unsubscribeUrl)
                .append("\n");
        html.append("<hr><p style=\"font-size:0.9em\">")
                .append(escape(t.footer()))
                .append("<br><a href=\"")
                .append(escape(settingsUrl))
                .append("\">")
                .append(escape(t.settings()))
                .append("</a> · <a href=\"")
                .append(escape(unsubscribeUrl))
                .append("\">")
                .append(escape(t.unsubscribe()))
                .append("</a></p></body></html>");
        return new Rendered(subject, text.toString(), html.toString());
    }

    private record Section(String title, List<Entry> entries) {}
}
