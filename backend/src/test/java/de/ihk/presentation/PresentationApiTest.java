package de.ihk.presentation;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PresentationApiTest {

    private static final String LIST = "/api/v1/areas/{slug}/presentations";
    private static final String ITEM = "/api/v1/areas/{slug}/presentations/{id}";

    @Test
    void createdPresentationIsReadBackWithSummariesOfItsReferences() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String measureB = Fixtures.measure(slug, Fixtures.measureBody("BQ-02", field));
        String measureA = Fixtures.measure(slug, Fixtures.measureBody("BQ-01", field));
        String edition = edition(slug, "IHK 2022", "2022-07-04");
        String presenter = Fixtures.actor(slug, "Quartiersmanagement Schinkel");
        String committee = Fixtures.committee(slug, "Jugendhilfeausschuss");

        Map<String, Object> body = body(committee, Fixtures.today().plusDays(30), "SCHEDULED");
        body.put("time", "17:00");
        body.put("description", "Vorstellung der Fortschreibung.");
        body.put("editionId", edition);
        body.put("measureIds", List.of(measureB, measureA));
        body.put("presenterActorId", presenter);
        body.put("meetingUrl", "https://ris.osnabrueck.de/oparl/meeting/4711");
        body.put("agendaItemUrl", "https://ris.osnabrueck.de/oparl/agendaItem/12");
        body.put("paperUrl", "https://ris.osnabrueck.de/oparl/paper/VO-2026-0815");

        Response created = api().body(body).post(LIST, slug);
        created.then().statusCode(201).header("ETag", "\"0\"").body("version", equalTo(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/areas/" + slug + "/presentations/" + id);

        api().get(ITEM, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("committee.id", equalTo(committee))
                .body("committee.name", equalTo("Jugendhilfeausschuss"))
                .body("committee.shortName", equalTo("JHA"))
                .body("date", equalTo(Fixtures.today().plusDays(30).toString()))
                .body("time", equalTo("17:00"))
                .body("title", equalTo("IHK im Ausschuss"))
                .body("description", equalTo("Vorstellung der Fortschreibung."))
                .body("edition.id", equalTo(edition))
                .body("edition.label", equalTo("IHK 2022"))
                .body("measures.id", equalTo(List.of(measureA, measureB)))
                .body("measures.code", equalTo(List.of("BQ-01", "BQ-02")))
                .body("measures.status", equalTo(List.of("PLANNED", "PLANNED")))
                .body("presenter.id", equalTo(presenter))
                .body("presenter.name", equalTo("Quartiersmanagement Schinkel"))
                .body("presenter.kind", equalTo("SOCIAL_ORGANISATION"))
                .body("status", equalTo("SCHEDULED"))
                .body("upcoming", equalTo(true))
                .body("meetingUrl", equalTo("https://ris.osnabrueck.de/oparl/meeting/4711"))
                .body("agendaItemUrl", equalTo("https://ris.osnabrueck.de/oparl/agendaItem/12"))
                .body("paperUrl", equalTo("https://ris.osnabrueck.de/oparl/paper/VO-2026-0815"));
    }

    @Test
    void optionalReferencesAreNullOrEmptyWhenNotGiven() {
        String slug = Fixtures.area();
        String committee = Fixtures.committee(slug, "Rat");
        api().body(body(committee, Fixtures.today().plusDays(3), "SCHEDULED"))
                .post(LIST, slug)
                .then()
                .statusCode(201)
                .body("time", nullValue())
                .body("edition", nullValue())
                .body("presenter", nullValue())
                .body("measures", empty())
                .body("meetingUrl", nullValue());
    }

    @Test
    void upcomingIsTrueOnlyForScheduledOrPostponedPresentationsFromTodayOn() {
        String slug = Fixtures.area();
        String committee = Fixtures.committee(slug, "Stadtentwicklungsausschuss");

        assertThat(upcoming(slug, committee, Fixtures.today().plusDays(14), "SCHEDULED"))
                .isTrue();
        assertThat(upcoming(slug, committee, Fixtures.today(), "SCHEDULED")).isTrue();
        assertThat(upcoming(slug, committee, Fixtures.today().plusDays(14), "POSTPONED"))
                .isTrue();
        assertThat(upcoming(slug, committee, Fixtures.today().minusDays(1), "SCHEDULED"))
                .isFalse();
        assertThat(upcoming(slug, committee, Fixtures.today().plusDays(14), "HELD"))
                .isFalse();
        assertThat(upcoming(slug, committee, Fixtures.today().plusDays(14), "CANCELLED"))
                .isFalse();
    }

    @Test
    void listIsOrderedByDateByDefaultAndCanBeSortedDescending() {
        String slug = Fixtures.area();
        String committee = Fixtures.committee(slug, "Rat");
        create(slug, withTitle(body(committee, LocalDate.parse("2024-03-01"), "HELD"), "Zweite"));
        create(slug, withTitle(body(committee, LocalDate.parse("2025-01-15"), "HELD"), "Dritte"));
        create(slug, withTitle(body(committee, LocalDate.parse("2023-11-20"), "HELD"), "Erste"));

        api().get(LIST, slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.title", equalTo(List.of("Erste", "Zweite", "Dritte")))
                .body("items.date", equalTo(List.of("2023-11-20", "2024-03-01", "2025-01-15")));
        api().queryParam("sort", "-date")
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("Dritte", "Zweite", "Erste")));
    }

    @Test
    void listFiltersByCommitteeDateRangeStatusAndUpcoming() {
        String slug = Fixtures.area();
        String council = Fixtures.committee(slug, "Rat");
        String youth = Fixtures.committee(slug, "Jugendhilfeausschuss");
        String pastHeld = create(slug, withTitle(body(council, Fixtures.today().minusDays(60), "HELD"), "past held"));
        String pastScheduled =
                create(slug, withTitle(body(youth, Fixtures.today().minusDays(20), "SCHEDULED"), "past scheduled"));
        String soon = create(slug, withTitle(body(youth, Fixtures.today().plusDays(10), "SCHEDULED"), "soon"));
        String later = create(slug, withTitle(body(council, Fixtures.today().plusDays(40), "POSTPONED"), "later"));
        String cancelled =
                create(slug, withTitle(body(council, Fixtures.today().plusDays(50), "CANCELLED"), "cancelled"));

        api().queryParam("committee", youth)
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", equalTo(List.of(pastScheduled, soon)));
        api().queryParam("from", Fixtures.today().minusDays(20).toString())
                .queryParam("to", Fixtures.today().plusDays(40).toString())
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(pastScheduled, soon, later)));
        api().queryParam("from", Fixtures.today().plusDays(1).toString())
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(soon, later, cancelled)));
        api().queryParam("to", Fixtures.today().minusDays(1).toString())
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(pastHeld, pastScheduled)));
        api().queryParam("status", "SCHEDULED")
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(pastScheduled, soon)));
        api().queryParam("upcoming", true)
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(soon, later)))
                .body("items.upcoming", equalTo(List.of(true, true)));
        api().queryParam("upcoming", false)
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(pastHeld, pastScheduled, cancelled)))
                .body("items.upcoming", equalTo(List.of(false, false, false)));
        api().queryParam("committee", council)
                .queryParam("upcoming", true)
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(later)));
    }

    @Test
    void listDoesNotShowPresentationsOfOtherAreas() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String mine = create(slug, body(Fixtures.committee(slug, "Rat"), Fixtures.today(), "SCHEDULED"));
        String theirs = create(other, body(Fixtures.committee(other, "Rat"), Fixtures.today(), "SCHEDULED"));

        api().get(LIST, slug).then().statusCode(200).body("items.id", equalTo(List.of(mine)));
        api().get(ITEM, slug, theirs)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").delete(ITEM, slug, theirs).then().statusCode(404);
        api().get(ITEM, other, theirs).then().statusCode(200);
    }

    @Test
    void invalidFilterValuesAreRefusedNamingTheParameter() {
        String slug = Fixtures.area();
        badInput()
                .queryParam("from", "01.02.2026")
                .get(LIST, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("from"));
        badInput()
                .queryParam("status", "DONE")
                .get(LIST, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        badInput()
                .queryParam("committee", "not-a-uuid")
                .get(LIST, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("committee"));
        badInput()
                .queryParam("upcoming", "soon")
                .get(LIST, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("upcoming"));
    }

    @Test
    void committeeOfAnotherMunicipalityIsRefusedNamingCommitteeId() {
        String slug = Fixtures.area();
        String foreignCommittee = Fixtures.committee(Fixtures.unique("andere-stadt"), "Rat");

        api().body(body(foreignCommittee, Fixtures.today(), "SCHEDULED"))
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("committeeId")))
                .body("errors[0].message", containsString(foreignCommittee));
        api().get(LIST, slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void editionMeasuresAndPresenterOfAnotherAreaAreRefusedNamingEachField() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String committee = Fixtures.committee(slug, "Rat");
        String ownField = Fixtures.actionField(slug, "BQ");
        String ownMeasure = Fixtures.measure(slug, Fixtures.measureBody("BQ-01", ownField));
        String foreignEdition = edition(other, "IHK 2020", "2020-01-01");
        String foreignMeasure =
                Fixtures.measure(other, Fixtures.measureBody("BQ-01", Fixtures.actionField(other, "BQ")));
        String foreignActor = Fixtures.actor(other, "Verein anderswo");

        Map<String, Object> body = body(committee, Fixtures.today(), "SCHEDULED");
        body.put("editionId", foreignEdition);
        body.put("measureIds", List.of(ownMeasure, foreignMeasure));
        body.put("presenterActorId", foreignActor);
        api().body(body)
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("editionId", "measureIds[1]", "presenterActorId"))
                .body("errors.field", not(hasItem("measureIds[0]")));
        api().get(LIST, slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void invalidTimeIsRefusedOnTheTimeField() {
        String slug = Fixtures.area();
        Map<String, Object> body = body(Fixtures.committee(slug, "Rat"), Fixtures.today(), "SCHEDULED");
        body.put("time", "25:00");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("time")));

        body.put("time", "5 pm");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("time")));
    }

    @Test
    void invalidUrlsAreRefusedNamingEachField() {
        String slug = Fixtures.area();
        Map<String, Object> body = body(Fixtures.committee(slug, "Rat"), Fixtures.today(), "SCHEDULED");
        body.put("meetingUrl", "ris.osnabrueck.de/meeting/1");
        body.put("agendaItemUrl", "ftp://ris.osnabrueck.de/item/1");
        body.put("paperUrl", "https://ris osnabrueck de/paper");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("meetingUrl", "agendaItemUrl", "paperUrl"));
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        String slug = Fixtures.area();
        badInput()
                .contentType("application/json")
                .body(Map.of("description", "ohne alles"))
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("committeeId", "date", "title", "status"));
    }

    @Test
    void updateNeedsIfMatchAndRefusesAStaleVersion() {
        String slug = Fixtures.area();
        String committee = Fixtures.committee(slug, "Rat");
        String id = create(slug, body(committee, Fixtures.today().plusDays(5), "SCHEDULED"));

        Map<String, Object> changed = body(committee, Fixtures.today().minusDays(1), "HELD");
        changed.put("time", "09:30");
        api().body(changed)
                .put(ITEM, slug, id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"));

        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(ITEM, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("status", equalTo("HELD"))
                .body("time", equalTo("09:30"))
                .body("upcoming", equalTo(false));

        changed.put("title", "Verlorene Änderung");
        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(ITEM, slug, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"")
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"));
        api().get(ITEM, slug, id).then().body("title", equalTo("IHK im Ausschuss"));
    }

    @Test
    void matchingIfNoneMatchAnswersNotModified() {
        String slug = Fixtures.area();
        String id = create(slug, body(Fixtures.committee(slug, "Rat"), Fixtures.today(), "SCHEDULED"));
        api().header("If-None-Match", "\"0\"")
                .get(ITEM, slug, id)
                .then()
                .statusCode(304)
                .header("ETag", "\"0\"");
        api().header("If-None-Match", "\"3\"")
                .get(ITEM, slug, id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void deleteNeedsIfMatchAndRemovesThePresentation() {
        String slug = Fixtures.area();
        String id = create(slug, body(Fixtures.committee(slug, "Rat"), Fixtures.today(), "SCHEDULED"));

        api().delete(ITEM, slug, id).then().statusCode(428);
        api().header("If-Match", "\"5\"")
                .delete(ITEM, slug, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"0\"");
        api().header("If-Match", "\"0\"").delete(ITEM, slug, id).then().statusCode(204);
        api().get(ITEM, slug, id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(id));
        api().header("If-Match", "\"0\"").delete(ITEM, slug, id).then().statusCode(404);
    }

    @Test
    void unknownAreaAndMalformedIdAreReported() {
        api().get(LIST, "gibt-es-nicht").then().statusCode(404).contentType("application/problem+json");
        badInput().get(ITEM, Fixtures.area(), "123").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    private static Map<String, Object> body(String committeeId, LocalDate date, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("committeeId", committeeId);
        body.put("date", date.toString());
        body.put("title", "IHK im Ausschuss");
        body.put("status", status);
        body.put("measureIds", new ArrayList<>());
        return body;
    }

    private static Map<String, Object> withTitle(Map<String, Object> body, String title) {
        body.put("title", title);
        return body;
    }

    private static String create(String slug, Map<String, Object> body) {
        return api().body(body)
                .post(LIST, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static boolean upcoming(String slug, String committee, LocalDate date, String status) {
        String id = create(slug, body(committee, date, status));
        return api().get(ITEM, slug, id).then().statusCode(200).extract().path("upcoming");
    }

    static String edition(String slug, String label, String publishedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("publishedOn", publishedOn);
        return api().body(body)
                .post("/api/v1/areas/{slug}/editions", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
