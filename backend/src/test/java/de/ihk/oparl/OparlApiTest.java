package de.ihk.oparl;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.withToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.Api;
import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import de.ihk.testing.OparlFixtureServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Committee dates from the council information system, against a local OParl server ({@link OparlFixtureServer}):
 * linking a committee, picking a meeting over several pages, taking a date from it, and the synchronisation (on
 * demand and scheduled) that moves and cancels dates as the council system says, or changes nothing when it fails.
 */
@QuarkusTest
class OparlApiTest {

    private static final String COMMITTEES = "/api/v1/committees";
    private static final String COMMITTEE = "/api/v1/committees/{id}";
    private static final String MEETINGS = "/api/v1/committees/{id}/oparl-meetings";
    private static final String SYNC = "/api/v1/committees/{id}/oparl-sync";
    private static final String PRESENTATIONS = "/api/v1/areas/{slug}/presentations";
    private static final String PRESENTATION = "/api/v1/areas/{slug}/presentations/{id}";

    /** The name of the token {@link Api#api()} uses, which the history names as the author of its changes. */
    private static final String ADMIN_TOKEN_NAME = "Test suite";

    private final OparlFixtureServer ris = OparlFixtureServer.get();

    @Inject
    OparlSyncJob job;

    @Test
    void committeeLinksToAnOparlOrganizationOf10Or11() {
        String municipality = Fixtures.unique("stadt");
        String id = linkedCommittee(municipality, "/oparl/organization/34");
        api().get(COMMITTEE, id)
                .then()
                .statusCode(200)
                .body("oparlOrganizationUrl", equalTo(ris.url("/oparl/organization/34")));

        // OParl 1.0 type URIs are accepted as well
        linkedCommittee(municipality, "/oparl/organization/35");
    }

    @Test
    void linkingRefusesPrivateAddressesAndWhatIsNoOrganization() {
        String municipality = Fixtures.unique("stadt");
        refusedLink(municipality, "https://10.0.0.7/oparl/organization/34", "private or local address");
        refusedLink(municipality, "https://192.168.1.20/oparl/organization/34", "private or local address");
        refusedLink(municipality, "http://ris.example.org/oparl/organization/34", "Only https");
        refusedLink(municipality, ris.url("/oparl/person/1"), "is not an OParl Organization but of type");
        refusedLink(municipality, ris.url("/oparl/organization/404"), "HTTP 404");
        refusedLink(municipality, ris.url("/broken/malformed"), "malformed JSON");
        refusedLink(municipality, ris.url("/broken/redirect-out"), "may not call http://10.0.0.1");

        api().queryParam("municipality", municipality).get(COMMITTEES).then().body("totalItems", equalTo(0));
    }

    @Test
    void pickerReadsEveryPageAndGivesBerlinTimes() {
        String committee = linkedCommittee(Fixtures.unique("stadt"), "/oparl/organization/34");

        JsonPath list =
                api().get(MEETINGS, committee).then().statusCode(200).extract().jsonPath();

        assertThat(list.getInt("pages")).isEqualTo(3);
        assertThat(list.getBoolean("complete")).isTrue();
        assertThat(list.getString("organization.name")).isEqualTo("Ausschuss für Stadtentwicklung");
        // 279 is deleted and left out; oldest first
        assertThat(list.getList("meetings.id"))
                .containsExactly(
                        ris.url("/oparl/meeting/281"),
                        ris.url("/oparl/meeting/290"),
                        ris.url("/oparl/meeting/291"),
                        ris.url("/oparl/meeting/295"));
        Map<String, Object> meeting = list.getMap("meetings[1]");
        assertThat(meeting)
                .containsEntry("name", "13. Sitzung")
                .containsEntry("date", "2025-06-12")
                .containsEntry("time", "17:00")
                .containsEntry("endTime", "19:00")
                .containsEntry("location", "Rathaus, Sitzungssaal 1")
                .containsEntry("cancelled", false)
                .containsEntry("web", ris.url("/sitzung/290"));
        // agenda items in their OParl order, not in the order listed
        assertThat(list.getList("meetings[1].agendaItems.number")).containsExactly("5", "6");
        assertThat(list.getString("meetings[1].agendaItems[0].name")).isEqualTo("ISEK Innenstadt – Fortschreibung");
        assertThat(list.getString("meetings[1].agendaItems[0].id")).isEqualTo(ris.url("/oparl/agendaitem/3271"));
        // 15:00 UTC in September is 17:00 in Berlin
        assertThat(list.getString("meetings[2].time")).isEqualTo("17:00");
        assertThat(list.getBoolean("meetings[2].cancelled")).isTrue();
        // a meeting of OParl 1.0 whose location is only a URL
        assertThat(list.getString("meetings[3].time")).isEqualTo("17:30");
        assertThat(list.getString("meetings[3].location")).isNull();
    }

    @Test
    void pickerAnswersAFailingCouncilSystemWith424AndNever5xx() {
        String municipality = Fixtures.unique("stadt");
        upstreamFailure(linkedCommittee(municipality, "/oparl/organization/35"), "HTTP 500");
        upstreamFailure(linkedCommittee(municipality, "/oparl/organization/36"), "malformed JSON");
        upstreamFailure(linkedCommittee(municipality, "/oparl/organization/37"), "did not answer");
    }

    @Test
    void pickerNeedsALinkedCommitteeAndAnEditor() {
        String slug = Fixtures.area();
        String unlinked = Fixtures.committee(slug, "Rat");
        api().get(MEETINGS, unlinked)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("oparlOrganizationUrl"));
        api().get(MEETINGS, "00000000-0000-4000-8000-000000000000").then().statusCode(404);

        String linked = linkedCommittee(slug, "/oparl/organization/34");
        given().filter(Api.RESPONSES_ONLY)
                .accept(Api.ACCEPT)
                .get(MEETINGS, linked)
                .then()
                .statusCode(401);
        given().filter(Api.RESPONSES_ONLY)
                .accept(Api.ACCEPT)
                .post(SYNC, linked)
                .then()
                .statusCode(401);
        String contributor = Credentials.token("CONTRIBUTOR", List.of(), List.of(Fixtures.actor(slug, "Verein")));
        withToken(contributor).get(MEETINGS, linked).then().statusCode(403);
        withToken(contributor).post(SYNC, linked).then().statusCode(403);
        String editor = Credentials.token("EDITOR", List.of(areaId(slug)), List.of());
        withToken(editor).get(MEETINGS, linked).then().statusCode(200);
    }

    @Test
    void dateTakenFromAMeetingKeepsItsCouncilLinks() {
        String slug = Fixtures.area();
        String committee = linkedCommittee(slug, "/oparl/organization/34");
        Map<String, Object> body = presentation(committee, "2025-06-12", "17:00", ris.url("/oparl/meeting/290"));
        body.put("oparlAgendaItemUrl", ris.url("/oparl/agendaitem/3271"));
        body.put("meetingUrl", ris.url("/sitzung/290"));
        body.put("agendaItemUrl", ris.url("/tagesordnung/3271"));
        body.put("location", "Rathaus, Sitzungssaal 1");
        String id = api().body(body)
                .post(PRESENTATIONS, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        api().get(PRESENTATION, slug, id)
                .then()
                .statusCode(200)
                .body("date", equalTo("2025-06-12"))
                .body("time", equalTo("17:00"))
                .body("location", equalTo("Rathaus, Sitzungssaal 1"))
                .body("oparlMeetingUrl", equalTo(ris.url("/oparl/meeting/290")))
                .body("oparlAgendaItemUrl", equalTo(ris.url("/oparl/agendaitem/3271")))
                .body("meetingUrl", equalTo(ris.url("/sitzung/290")))
                .body("agendaItemUrl", equalTo(ris.url("/tagesordnung/3271")));
    }

    @Test
    void councilLinksOfADateMustBeCallableAndComplete() {
        String slug = Fixtures.area();
        String committee = Fixtures.committee(slug, "Rat");
        Map<String, Object> privateMeeting =
                presentation(committee, "2025-06-12", null, "https://172.16.0.3/oparl/meeting/290");
        api().body(privateMeeting)
                .post(PRESENTATIONS, slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("oparlMeetingUrl")))
                .body("errors[0].message", containsString("private or local address"));

        Map<String, Object> itemWithoutMeeting = presentation(committee, "2025-06-12", null, null);
        itemWithoutMeeting.put("oparlAgendaItemUrl", ris.url("/oparl/agendaitem/3271"));
        api().body(itemWithoutMeeting)
                .post(PRESENTATIONS, slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("oparlAgendaItemUrl")));
    }

    @Test
    void syncMovesAndCancelsDatesAsTheCouncilSystem() {
        String slug = Fixtures.area();
        String committee = linkedCommittee(slug, "/oparl/organization/34");
        String key = Fixtures.unique("m");
        String moved = "/oparl/meeting/" + key + "-moved";
        String cancelled = "/oparl/meeting/" + key + "-cancelled";
        String deleted = "/oparl/meeting/" + key + "-deleted";
        String same = "/oparl/meeting/" + key + "-same";
        ris.answer(moved, meeting(moved, "2025-10-09T17:00:00+02:00", false));
        ris.answer(cancelled, meeting(cancelled, "2025-11-06T17:00:00+01:00", false));
        ris.answer(deleted, meeting(deleted, "2025-12-04T17:00:00+01:00", false));
        ris.answer(same, meeting(same, "2025-12-11T17:00:00+01:00", false));
        String movedId = linkedDate(slug, committee, "2025-10-09", "17:00", moved);
        String cancelledId = linkedDate(slug, committee, "2025-11-06", "17:00", cancelled);
        String deletedId = linkedDate(slug, committee, "2025-12-04", "17:00", deleted);
        String sameId = linkedDate(slug, committee, "2025-12-11", "17:00", same);

        // the council system moves one meeting (into winter time: 16:30Z is 17:30 in Berlin), cancels one, deletes one
        ris.answer(moved, meeting(moved, "2025-10-30T16:30:00Z", false));
        ris.answer(cancelled, meeting(cancelled, "2025-11-06T17:00:00+01:00", true));
        ris.answer(deleted, """
                {"id":"{{base}}%s","type":"https://schema.oparl.org/1.1/Meeting","deleted":true,
                 "created":"2025-01-01T00:00:00+01:00","modified":"2025-11-01T00:00:00+01:00"}""".formatted(deleted));

        JsonPath report =
                api().post(SYNC, committee).then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("meetings")).isEqualTo(4);
        assertThat(report.getInt("presentations")).isEqualTo(4);
        assertThat(report.getInt("updated")).isEqualTo(3);
        assertThat(report.getInt("cancelled")).isEqualTo(2);
        assertThat(report.getList("changes.presentationId")).containsExactly(movedId, cancelledId, deletedId);
        assertThat(report.getList("changes[0].changes.field")).containsExactly("date", "time");
        assertThat(report.getList("changes[0].changes.to")).containsExactly("2025-10-30", "17:30");
        assertThat(report.getList("changes[1].changes.to")).containsExactly("CANCELLED");
        api().get(PRESENTATION, slug, movedId)
                .then()
                .body("date", equalTo("2025-10-30"))
                .body("time", equalTo("17:30"))
                .body("status", equalTo("SCHEDULED"));
        api().get(PRESENTATION, slug, cancelledId).then().body("status", equalTo("CANCELLED"));
        api().get(PRESENTATION, slug, deletedId)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("date", equalTo("2025-12-04"));
        api().get(PRESENTATION, slug, sameId).then().body("version", equalTo(0));

        api().get(PRESENTATION + "/history", slug, movedId)
                .then()
                .statusCode(200)
                .body("items[0].author.name", equalTo(OparlService.SYSTEM_NAME))
                .body("items[0].author.viaToken", equalTo(false))
                .body("items[0].changes.field", equalTo(List.of("date", "time")))
                .body("items[1].author.name", equalTo(ADMIN_TOKEN_NAME));

        // a second run finds nothing to change
        api().post(SYNC, committee).then().statusCode(200).body("updated", equalTo(0));
        api().get(PRESENTATION, slug, movedId).then().body("version", equalTo(1));
    }

    @Test
    void syncWithTheCouncilSystemDownChangesNothingAndSaysSo() {
        String slug = Fixtures.area();
        String committee = linkedCommittee(slug, "/oparl/organization/34");
        String moved = "/oparl/meeting/" + Fixtures.unique("down");
        ris.answer(moved, meeting(moved, "2025-10-09T17:00:00+02:00", false));
        String movedId = linkedDate(slug, committee, "2025-10-09", "17:00", moved);
        String brokenId = linkedDate(slug, committee, "2025-10-16", "17:00", "/broken/500");
        ris.answer(moved, meeting(moved, "2025-10-10T18:00:00+02:00", true));

        api().post(SYNC, committee)
                .then()
                .statusCode(424)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/upstream-failed"))
                .body("detail", containsString("HTTP 500"))
                .body("detail", containsString("Nothing was changed"));

        api().get(PRESENTATION, slug, movedId)
                .then()
                .body("version", equalTo(0))
                .body("date", equalTo("2025-10-09"))
                .body("status", equalTo("SCHEDULED"));
        api().get(PRESENTATION, slug, brokenId).then().body("version", equalTo(0));
        api().get(PRESENTATION + "/history", slug, movedId).then().body("totalItems", equalTo(1));
    }

    @Test
    void scheduledRunSynchronisesAsTheCouncilSystemWithoutARequest() {
        String slug = Fixtures.area();
        String committee = linkedCommittee(slug, "/oparl/organization/34");
        String path = "/oparl/meeting/" + Fixtures.unique("job");
        ris.answer(path, meeting(path, "2025-10-09T17:00:00+02:00", false));
        String id = linkedDate(slug, committee, "2025-10-09", "17:00", path);
        ris.answer(path, meeting(path, "2025-10-09T18:15:00+02:00", false));

        OparlSyncJob.Result result = job.run();

        assertThat(result.ran()).isTrue();
        assertThat(result.reports())
                .filteredOn(r -> r.committeeId().toString().equals(committee))
                .singleElement()
                .satisfies(r -> assertThat(r.updated()).isEqualTo(1));
        api().get(PRESENTATION, slug, id).then().body("time", equalTo("18:15"));
        api().get(PRESENTATION + "/history", slug, id)
                .then()
                .body("items[0].author.name", equalTo(OparlService.SYSTEM_NAME))
                .body("items[0].author.role", equalTo("ADMIN"))
                .body("items.author.name", hasItem(ADMIN_TOKEN_NAME));
        // the lease is given back
        assertThat(job.run().ran()).isTrue();
    }

    @Test
    void intervalIsReadAsQuarkusReadsIt() {
        assertThat(OparlSyncJob.parse("6h")).hasHours(6);
        assertThat(OparlSyncJob.parse("30m")).hasMinutes(30);
        assertThat(OparlSyncJob.parse("1d")).hasDays(1);
        assertThat(OparlSyncJob.parse("PT2H")).hasHours(2);
        assertThat(OparlSyncJob.parse("off")).isNull();
    }

    private String linkedCommittee(String municipality, String organizationPath) {
        return api().body(Map.of(
                        "name",
                        "Ausschuss " + organizationPath,
                        "municipality",
                        municipality,
                        "oparlOrganizationUrl",
                        ris.url(organizationPath)))
                .post(COMMITTEES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void refusedLink(String municipality, String url, String message) {
        api().body(Map.of("name", "Rat", "municipality", municipality, "oparlOrganizationUrl", url))
                .post(COMMITTEES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("oparlOrganizationUrl")))
                .body("errors[0].message", containsString(message));
    }

    private void upstreamFailure(String committee, String detail) {
        api().get(MEETINGS, committee)
                .then()
                .statusCode(424)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/upstream-failed"))
                .body("title", equalTo("Upstream system failed"))
                .body("detail", containsString(detail));
    }

    private String linkedDate(String slug, String committee, String date, String time, String meetingPath) {
        return api().body(presentation(committee, date, time, ris.url(meetingPath)))
                .post(PRESENTATIONS, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> presentation(String committee, String date, String time, String meetingUrl) {
        Map<String, Object> body = new HashMap<>();
        body.put("committeeId", committee);
        body.put("date", date);
        body.put("time", time);
        body.put("title", "Vorstellung der Fortschreibung");
        body.put("status", "SCHEDULED");
        body.put("oparlMeetingUrl", meetingUrl);
        return body;
    }

    private static String meeting(String path, String start, boolean cancelled) {
        return """
                {"id":"{{base}}%s","type":"https://schema.oparl.org/1.1/Meeting","name":"Sitzung",
                 "cancelled":%s,"start":"%s","organization":["{{base}}/oparl/organization/34"],
                 "created":"2025-01-01T00:00:00+01:00","modified":"2025-09-01T00:00:00+02:00"}""".formatted(path, cancelled, start);
    }

    private static String areaId(String slug) {
        return api().get("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }
}
