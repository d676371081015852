package de.ihk.calendar;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar feeds of committee dates: what they show, to whom, and that strict iCalendar readers accept them. */
@QuarkusTest
class PresentationCalendarApiTest {

    private static final String AREA_FEED = "/api/v1/areas/{slug}/presentations.ics";
    private static final String COMMITTEE_FEED = "/api/v1/committees/{id}/presentations.ics";
    private static final String PRESENTATIONS = "/api/v1/areas/{slug}/presentations";
    private static final String PRESENTATION = "/api/v1/areas/{slug}/presentations/{id}";

    @BeforeAll
    static void strictParsing() {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, false);
    }

    @Test
    void areaFeedIsAValidCalendarOfThePublishedDatesOnly() throws Exception {
        String slug = publishedArea();
        String field = publishedActionField(slug);
        String measure = measure(slug, field, "BQ-01", "Sprachcafé am Schinkelbad", "PUBLISHED");
        String draftMeasure = measure(slug, field, "BQ-02", "Geheimer Entwurf", "DRAFT");
        String committee = Fixtures.committee(slug, "Jugendhilfeausschuss");
        Map<String, Object> timed = presentation(committee, LocalDate.parse("2026-06-15"), "SCHEDULED");
        timed.put("time", "17:00");
        timed.put("title", "Fortschreibung des IHK");
        timed.put("measureIds", List.of(measure, draftMeasure));
        timed.put("meetingUrl", "https://ris.osnabrueck.de/sitzung/4711");
        timed.put("paperUrl", "https://ris.osnabrueck.de/vorlage/VO-2026-0815");
        String timedId = create(slug, timed);
        String allDayId = create(slug, presentation(committee, LocalDate.parse("2026-12-01"), "HELD"));
        Map<String, Object> draft = presentation(committee, LocalDate.parse("2026-07-01"), "SCHEDULED");
        draft.put("title", "Entwurf einer Vorstellung");
        draft.put("publicationStatus", "DRAFT");
        String draftId = create(slug, draft);

        Response response = feed(AREA_FEED, slug);
        response.then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/calendar"))
                .header("Cache-Control", equalTo("public, no-cache"));
        assertThat(response.header("Content-Type")).contains("charset=utf-8").contains("method=PUBLISH");
        String text = text(response);
        Calendar calendar = parseStrictly(text);

        assertThat(text)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("\r\nVERSION:2.0\r\n", "\r\nCALSCALE:GREGORIAN\r\n", "\r\nMETHOD:PUBLISH\r\n")
                .contains("\r\nPRODID:-//Integriertes Handlungskonzept//Ausschusstermine//DE\r\n")
                .contains("\r\nX-WR-CALNAME:Ausschusstermine – Sanierungsgebiet " + slug + "\r\n");
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getTimeZoneId().getValue()).isEqualTo("Europe/Berlin");

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(PresentationCalendarApiTest::uid).containsExactly(uid(timedId), uid(allDayId));
        assertThat(text).doesNotContain(draftId).doesNotContain("Entwurf").doesNotContain(draftMeasure);

        String event = unfolded(text, timedId);
        assertThat(event)
                .contains("\r\nDTSTART;TZID=Europe/Berlin:20260615T170000\r\n")
                .contains("\r\nDTEND;TZID=Europe/Berlin:20260615T190000\r\n")
                .contains("\r\nSUMMARY:Jugendhilfeausschuss: Fortschreibung des IHK\r\n")
                .contains("\r\nSTATUS:CONFIRMED\r\n")
                .contains("\r\nURL:https://ris.osnabrueck.de/sitzung/4711\r\n")
                .contains("\r\nSEQUENCE:")
                .contains("\r\nLAST-MODIFIED:")
                .contains("\r\nDTSTAMP:");
        String description = property(events.get(0), "DESCRIPTION");
        assertThat(description)
                .contains("BQ-01 Sprachcafé am Schinkelbad: http://localhost:")
                .contains("/areas/" + slug + "/measures/" + measure)
                .contains("/areas/" + slug + "/committee-dates#presentation-" + timedId)
                .contains("Vorlage: https://ris.osnabrueck.de/vorlage/VO-2026-0815")
                .contains("Fördergebiet: Sanierungsgebiet " + slug);

        String allDay = unfolded(text, allDayId);
        assertThat(allDay)
                .contains("\r\nDTSTART;VALUE=DATE:20261201\r\n")
                .contains("\r\nDTEND;VALUE=DATE:20261202\r\n")
                .contains("\r\nSTATUS:CONFIRMED\r\n")
                .doesNotContain("\r\nURL:");
    }

    @Test
    void uidStaysAndSequenceRisesWhenADateChanges() throws Exception {
        String slug = publishedArea();
        String committee = Fixtures.committee(slug, "Rat");
        Map<String, Object> body = presentation(committee, LocalDate.parse("2026-09-10"), "SCHEDULED");
        body.put("time", "18:30");
        String id = create(slug, body);
        Response before = feed(AREA_FEED, slug);
        VEvent was = onlyEvent(parseStrictly(text(before)));

        body.put("time", "19:00");
        body.put("title", "Neue Uhrzeit");
        api().header("If-Match", Fixtures.etag(PRESENTATION, slug, id))
                .body(body)
                .put(PRESENTATION, slug, id)
                .then()
                .statusCode(200);
        Response after = feed(AREA_FEED, slug);
        VEvent is = onlyEvent(parseStrictly(text(after)));

        assertThat(uid(is)).isEqualTo(uid(was)).isEqualTo(id + "@ihk-presentation");
        assertThat(Integer.parseInt(property(is, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(property(was, "SEQUENCE")));
        assertThat(property(is, "SUMMARY")).isEqualTo("Rat: Neue Uhrzeit");
        assertThat(after.asString()).contains("DTSTART;TZID=Europe/Berlin:20260910T190000");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        // the old ETag no longer matches: the client gets the new feed
        anonymous()
                .accept("text/calendar")
                .header("If-None-Match", before.header("ETag"))
                .get(AREA_FEED, slug)
                .then()
                .statusCode(200);
    }

    @Test
    void uidDoesNotDependOnTheAddressOfTheServer() throws Exception {
        String slug = publishedArea();
        String id =
                create(slug, presentation(Fixtures.committee(slug, "Rat"), LocalDate.parse("2026-10-01"), "SCHEDULED"));
        String here = text(feed(AREA_FEED, slug));
        String elsewhere = anonymous()
                .accept("text/calendar")
                .header("Host", "ihk.example.org")
                .get(AREA_FEED, slug)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(uid(onlyEvent(parseStrictly(elsewhere)))).isEqualTo(uid(onlyEvent(parseStrictly(here))));
        assertThat(uid(onlyEvent(parseStrictly(here)))).isEqualTo(id + "@ihk-presentation");
        assertThat(property(onlyEvent(parseStrictly(elsewhere)), "DESCRIPTION"))
                .contains("http://ihk.example.org/areas/" + slug + "/committee-dates#presentation-" + id);
    }

    @Test
    void cancelledDatesAreCancelledAndPostponedOnesTentative() throws Exception {
        String slug = publishedArea();
        String committee = Fixtures.committee(slug, "Rat");
        String cancelled = create(slug, presentation(committee, LocalDate.parse("2026-03-01"), "CANCELLED"));
        String postponed = create(slug, presentation(committee, LocalDate.parse("2026-04-01"), "POSTPONED"));

        String text = text(feed(AREA_FEED, slug));
        parseStrictly(text);

        assertThat(unfolded(text, cancelled)).contains("\r\nSTATUS:CANCELLED\r\n");
        assertThat(unfolded(text, postponed)).contains("\r\nSTATUS:TENTATIVE\r\n");
    }

    @Test
    void umlautsAndLongLinesAreFoldedAtSeventyFiveOctets() throws Exception {
        String slug = publishedArea();
        String committee = Fixtures.committee(slug, "Ausschuss für Stadtentwicklung, Umwelt und Klimaschutz");
        String longText =
                "Überörtliche Maßnahmen für Grünflächen, Spielplätze und Straßenräume; ".repeat(8) + "Ende 😀.";
        Map<String, Object> body = presentation(committee, LocalDate.parse("2026-05-20"), "SCHEDULED");
        body.put("title", "Größere Änderungen: Ölmühle, Süßwarenfabrik und Bürgerbüro Äußere Schinkelstraße");
        body.put("description", longText);
        create(slug, body);

        byte[] bytes = feed(AREA_FEED, slug).asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = List.of(text.split("\r\n", -1));
        assertThat(lines.get(lines.size() - 1)).isEmpty();
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as("octets of %s", line)
                    .isLessThanOrEqualTo(75);
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));

        VEvent event = onlyEvent(parseStrictly(text));
        assertThat(property(event, "SUMMARY"))
                .isEqualTo("Ausschuss für Stadtentwicklung, Umwelt und Klimaschutz: Größere Änderungen: Ölmühle,"
                        + " Süßwarenfabrik und Bürgerbüro Äußere Schinkelstraße");
        assertThat(property(event, "DESCRIPTION")).contains(longText.strip());
    }

    @Test
    void notModifiedWhenTheClientHasTheFeed() {
        String slug = publishedArea();
        create(slug, presentation(Fixtures.committee(slug, "Rat"), LocalDate.parse("2026-02-02"), "SCHEDULED"));
        String etag = feed(AREA_FEED, slug).header("ETag");
        assertThat(etag).matches("\"c-[0-9a-f]+\"");

        anonymous()
                .accept("text/calendar")
                .header("If-None-Match", etag)
                .get(AREA_FEED, slug)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", equalTo("public, no-cache"));
        // signed-in callers get the same feed, with the same ETag
        api().accept("text/calendar")
                .header("If-None-Match", etag)
                .get(AREA_FEED, slug)
                .then()
                .statusCode(304)
                .header("ETag", etag);
    }

    @Test
    void draftAreasHaveNoFeedNotEvenForTheirEditors() {
        String slug = Fixtures.area();
        create(slug, presentation(Fixtures.committee(slug, "Rat"), LocalDate.parse("2026-02-02"), "SCHEDULED"));

        notFound(badInput().get(AREA_FEED, slug), "There is no area with slug '" + slug + "'.");
        notFound(anonymousRead().get(AREA_FEED, slug), "There is no area with slug '" + slug + "'.");
    }

    @Test
    void unknownAreasAndCommitteesAreNotFound() {
        notFound(anonymousRead().get(AREA_FEED, "no-such-area"), "There is no area with slug 'no-such-area'.");
        String unknown = UUID.randomUUID().toString();
        notFound(anonymousRead().get(COMMITTEE_FEED, unknown), "There is no committee with id " + unknown + ".");
        badInput()
                .accept("text/calendar, application/problem+json")
                .get(COMMITTEE_FEED, "not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void committeeFeedShowsItsPublishedDatesInAllPublishedAreas() throws Exception {
        String slug = publishedArea();
        String other = Fixtures.unique("area");
        Map<String, Object> otherArea = Fixtures.areaBody(other, slug);
        otherArea.put("publicationStatus", "PUBLISHED");
        api().body(otherArea).post("/api/v1/areas").then().statusCode(201);
        String hidden = Fixtures.unique("area");
        api().body(Fixtures.areaBody(hidden, slug)).post("/api/v1/areas").then().statusCode(201);
        String committee = Fixtures.committee(slug, "Sozialausschuss");
        String otherCommittee = Fixtures.committee(slug, "Rat");
        String here = create(slug, presentation(committee, LocalDate.parse("2026-06-01"), "SCHEDULED"));
        String there = create(other, presentation(committee, LocalDate.parse("2026-05-01"), "SCHEDULED"));
        String inDraftArea = create(hidden, presentation(committee, LocalDate.parse("2026-05-15"), "SCHEDULED"));
        String ofOtherCommittee =
                create(slug, presentation(otherCommittee, LocalDate.parse("2026-05-20"), "SCHEDULED"));

        String text = text(feed(COMMITTEE_FEED, committee));
        Calendar calendar = parseStrictly(text);

        assertThat(text).contains("\r\nX-WR-CALNAME:Ausschusstermine – Sozialausschuss\r\n");
        assertThat(calendar.<VEvent>getComponents("VEVENT"))
                .extracting(PresentationCalendarApiTest::uid)
                .containsExactly(uid(there), uid(here));
        assertThat(text)
                .doesNotContain(inDraftArea)
                .doesNotContain(ofOtherCommittee)
                .doesNotContain(hidden);
        assertThat(unfolded(text, there)).contains("Fördergebiet: Sanierungsgebiet " + other);
    }

    // --- helpers ---

    private static Response feed(String path, Object param) {
        return anonymous()
                .accept("text/calendar")
                .get(path, param)
                .then()
                .statusCode(200)
                .extract()
                .response();
    }

    private static String text(Response response) {
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    private static io.restassured.specification.RequestSpecification anonymousRead() {
        return anonymous().accept("text/calendar, application/problem+json");
    }

    private static void notFound(Response response, String detail) {
        response.then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo(detail));
    }

    /** Parses as a strict reader does (no relaxed parsing, unfolding or validation) and fails on any validation error. */
    private static Calendar parseStrictly(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        ValidationResult result = calendar.validate();
        assertThat(result.getEntries()).as("validation of\n%s", text).isEmpty();
        return calendar;
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String uid(String presentationId) {
        return presentationId + "@ihk-presentation";
    }

    private static String uid(VEvent event) {
        return property(event, "UID");
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    /** The unfolded lines of the event with this presentation's UID, from BEGIN to END. */
    private static String unfolded(String text, String presentationId) {
        String all = text.replace("\r\n ", "");
        int uid = all.indexOf("\r\nUID:" + uid(presentationId) + "\r\n");
        assertThat(uid).as("event of %s", presentationId).isPositive();
        int begin = all.lastIndexOf("BEGIN:VEVENT", uid);
        int end = all.indexOf("END:VEVENT", uid);
        return all.substring(begin, end + "END:VEVENT\r\n".length());
    }

    private static String publishedArea() {
        String slug = Fixtures.unique("area");
        Map<String, Object> body = Fixtures.areaBody(slug, slug);
        body.put("publicationStatus", "PUBLISHED");
        api().body(body).post("/api/v1/areas").then().statusCode(201);
        return slug;
    }

    private static String publishedActionField(String slug) {
        return api().body(Map.of("code", "BQ", "title", "Bildung", "position", 1, "publicationStatus", "PUBLISHED"))
                .post("/api/v1/areas/{slug}/action-fields", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String measure(String slug, String field, String code, String title, String publicationStatus) {
        Map<String, Object> body = Fixtures.measureBody(code, field);
        body.put("title", title);
        body.put("publicationStatus", publicationStatus);
        return Fixtures.measure(slug, body);
    }

    private static Map<String, Object> presentation(String committee, LocalDate date, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("committeeId", committee);
        body.put("date", date.toString());
        body.put("title", "IHK im Ausschuss");
        body.put("status", status);
        body.put("measureIds", new ArrayList<>());
        body.put("publicationStatus", "PUBLISHED");
        return body;
    }

    private static String create(String slug, Map<String, Object> body) {
        return api().body(body)
                .post(PRESENTATIONS, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
