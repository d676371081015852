package de.ihk.area;

import static de.ihk.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Fixtures;
import de.ihk.testing.QueryCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AreaOverviewApiTest {

    private static final String OVERVIEW = "/api/v1/areas/{slug}/overview";

    @Inject
    QueryCounter queries;

    @Test
    void overviewCountsNeedsAndMeasuresPerActionFieldAndInTotal() {
        Populated area = populatedArea();

        JsonPath overview = api().get(OVERVIEW, area.slug)
                .then()
                .statusCode(200)
                .body("area.slug", equalTo(area.slug))
                .body("actionFields.code", equalTo(List.of("BQ", "WU", "ZZ")))
                .body("actionFields[0].title", equalTo("Bildung und Qualifizierung"))
                .body("actionFields[0].color", equalTo("#1F6FB2"))
                .body("actionFields[0].position", equalTo(1))
                .body("actionFields[0].goal", equalTo("Ziel BQ"))
                .body("actionFields.needsCount", equalTo(List.of(2, 1, 0)))
                .body("actionFields.uncoveredNeedsCount", equalTo(List.of(1, 0, 0)))
                .body("actionFields.measuresCount", equalTo(List.of(3, 3, 0)))
                .body("actionFields[2].meanProgress", nullValue())
                .body("needsCount", equalTo(3))
                .body("uncoveredNeedsCount", equalTo(1))
                .body("measuresCount", equalTo(5))
                .extract()
                .jsonPath();

        // BQ: M1 40, M2 100 (further field), M5 60; WU: M2 100, M3 0, M4 10; area: all five.
        assertThat(overview.getDouble("actionFields[0].meanProgress")).isCloseTo(66.7, within(0.05));
        assertThat(overview.getDouble("actionFields[1].meanProgress")).isCloseTo(36.7, within(0.05));
        assertThat(overview.getDouble("meanProgress")).isCloseTo(42.0, within(0.001));
    }

    @Test
    void measuresByStatusHasEveryStatus() {
        Populated area = populatedArea();
        Map<String, Integer> byStatus =
                api().get(OVERVIEW, area.slug).then().statusCode(200).extract().path("measuresByStatus");
        assertThat(byStatus)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "IDEA", 1, "PLANNED", 1, "IN_PROGRESS", 1, "COMPLETED", 1, "ONGOING", 1, "DISCONTINUED", 0));
    }

    @Test
    void currentEditionIsTheLatestPublishedOne() {
        Populated area = populatedArea();
        api().get(OVERVIEW, area.slug)
                .then()
                .statusCode(200)
                .body("currentEdition.id", equalTo(area.currentEdition))
                .body("currentEdition.label", equalTo("IHK 2022"))
                .body("currentEdition.publishedOn", equalTo("2022-07-04"));
    }

    @Test
    void anUnpublishedEditionIsNotTheCurrentEdition() {
        String slug = Fixtures.area();
        api().body(Map.of("label", "Entwurf"))
                .post("/api/v1/areas/{slug}/editions", slug)
                .then()
                .statusCode(201);
        api().get(OVERVIEW, slug).then().statusCode(200).body("currentEdition", nullValue());
    }

    @Test
    void upcomingPresentationsAreTheScheduledOrPostponedOnesFromTodaySoonestFirst() {
        Populated area = populatedArea();
        api().get(OVERVIEW, area.slug)
                .then()
                .statusCode(200)
                .body("upcomingPresentations.id", equalTo(area.upcomingPresentations))
                .body(
                        "upcomingPresentations.date",
                        equalTo(List.of(
                                Fixtures.today().plusDays(3).toString(),
                                Fixtures.today().plusDays(12).toString(),
                                Fixtures.today().plusDays(20).toString())))
                .body("upcomingPresentations.upcoming", equalTo(List.of(true, true, true)))
                .body("upcomingPresentations[2].time", equalTo("17:00"))
                .body("upcomingPresentations[2].committee.name", equalTo("Rat"));
    }

    @Test
    void atMostFiveUpcomingPresentationsAreShown() {
        String slug = Fixtures.area();
        String committee = Fixtures.committee(slug, "Rat");
        for (int day = 10; day > 0; day--) {
            presentation(slug, committee, Fixtures.today().plusDays(day), "SCHEDULED");
        }
        api().get(OVERVIEW, slug)
                .then()
                .statusCode(200)
                .body(
                        "upcomingPresentations.date",
                        equalTo(List.of(
                                Fixtures.today().plusDays(1).toString(),
                                Fixtures.today().plusDays(2).toString(),
                                Fixtures.today().plusDays(3).toString(),
                                Fixtures.today().plusDays(4).toString(),
                                Fixtures.today().plusDays(5).toString())));
    }

    @Test
    void stepsDueSoonAreOpenStepsOverdueOrDueWithin30DaysEarliestFirst() {
        Populated area = populatedArea();
        api().get(OVERVIEW, area.slug)
                .then()
                .statusCode(200)
                .body("stepsDueSoon.id", equalTo(List.of(area.overdueStep, area.tenDayStep)))
                .body(
                        "stepsDueSoon.dueDate",
                        equalTo(List.of(
                                Fixtures.today().minusDays(5).toString(),
                                Fixtures.today().plusDays(10).toString())))
                .body("stepsDueSoon.status", equalTo(List.of("OPEN", "IN_PROGRESS")))
                .body("stepsDueSoon[0].title", equalTo("Überfällig"))
                .body("stepsDueSoon[0].measure.id", equalTo(area.measureWithSteps))
                .body("stepsDueSoon[0].measure.code", equalTo("BQ-01"))
                .body("stepsDueSoon[0].measure.status", equalTo("IN_PROGRESS"))
                .body("stepsDueSoon[0].responsibleActor.id", equalTo(area.responsibleActor))
                .body("stepsDueSoon[0].responsibleActor.name", equalTo("Stadtteilbüro"))
                .body("stepsDueSoon[1].responsibleActor", nullValue());
    }

    @Test
    void anEmptyAreaHasZeroCountsAndNoMeanProgress() {
        String slug = Fixtures.area();
        Map<String, Integer> byStatus = api().get(OVERVIEW, slug)
                .then()
                .statusCode(200)
                .body("actionFields", empty())
                .body("needsCount", equalTo(0))
                .body("uncoveredNeedsCount", equalTo(0))
                .body("measuresCount", equalTo(0))
                .body("meanProgress", nullValue())
                .body("currentEdition", nullValue())
                .body("upcomingPresentations", empty())
                .body("stepsDueSoon", empty())
                .extract()
                .path("measuresByStatus");
        assertThat(byStatus)
                .containsOnlyKeys("IDEA", "PLANNED", "IN_PROGRESS", "COMPLETED", "ONGOING", "DISCONTINUED")
                .allSatisfy((status, count) -> assertThat(count).isZero());
    }

    @Test
    void etagAnswersNotModifiedUntilTheOverviewChanges() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String etag = api().get(OVERVIEW, slug).then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"[^\"]+\"");

        api().header("If-None-Match", etag)
                .get(OVERVIEW, slug)
                .then()
                .statusCode(304)
                .header("ETag", etag);
        api().get(OVERVIEW, slug).then().statusCode(200).header("ETag", etag);

        Fixtures.need(slug, field, "BQ-B1");
        String changed = api().get(OVERVIEW, slug)
                .then()
                .statusCode(200)
                .body("needsCount", equalTo(1))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        api().header("If-None-Match", etag).get(OVERVIEW, slug).then().statusCode(200);
        api().header("If-None-Match", changed).get(OVERVIEW, slug).then().statusCode(304);
    }

    @Test
    void unknownAreaIsNotFound() {
        api().get(OVERVIEW, "kein-gebiet")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void overviewTakesTheSameNumberOfQueriesWhateverTheSizeOfTheArea() {
        String small = areaWithMeasures(2);
        String large = areaWithMeasures(30);

        long smallQueries = queries.count(() -> api().get(OVERVIEW, small)
                .then()
                .statusCode(200)
                .body("measuresCount", equalTo(2))
                .body("upcomingPresentations.size()", equalTo(2))
                .body("stepsDueSoon.size()", equalTo(2)));
        long largeQueries = queries.count(() -> api().get(OVERVIEW, large)
                .then()
                .statusCode(200)
                .body("measuresCount", equalTo(30))
                .body("upcomingPresentations.size()", equalTo(5))
                .body("stepsDueSoon.size()", equalTo(10)));

        assertThat(smallQueries)
                .as("statements: sign-in, area, action fields, statuses, edition, presentations, steps")
                .isLessThanOrEqualTo(7);
        assertThat(largeQueries)
                .as("statements for 30 measures (2 measures: %d)", smallQueries)
                .isEqualTo(smallQueries);
    }

    /** Ids of the records of {@link #populatedArea()} that the assertions refer to. */
    private record Populated(
            String slug,
            String currentEdition,
            List<String> upcomingPresentations,
            String measureWithSteps,
            String overdueStep,
            String tenDayStep,
            String responsibleActor) {}

    /**
     * Three action fields (BQ, WU and an empty ZZ), three needs (one uncovered), five measures in five
     * statuses, three editions, six presentations and six steps.
     */
    private static Populated populatedArea() {
        String slug = Fixtures.area();
        String bq = actionField(slug, "BQ", "Bildung und Qualifizierung", 1, "#1F6FB2");
        String wu = actionField(slug, "WU", "Wohnen und Umfeld", 2, null);
        actionField(slug, "ZZ", "Leeres Handlungsfeld", 3, null);
        String answered = Fixtures.need(slug, bq, "BQ-B1");
        Fixtures.need(slug, bq, "BQ-B2");
        String answeredByFurtherField = Fixtures.need(slug, wu, "WU-B1");

        String m1 = measure(slug, "BQ-01", bq, List.of(), List.of(answered), "IN_PROGRESS", 40);
        String m3 = measure(slug, "WU-01", wu, List.of(), List.of(), "PLANNED", 0);
        measure(slug, "BQ-02", bq, List.of(wu), List.of(answeredByFurtherField), "COMPLETED", 100);
        measure(slug, "WU-02", wu, List.of(), List.of(), "IDEA", 10);
        measure(slug, "BQ-03", bq, List.of(), List.of(), "ONGOING", 60);

        String current = edition(slug, "IHK 2022", "2022-07-04");
        edition(slug, "IHK 2018", "2018-05-01");
        edition(slug, "Entwurf 2026", null);

        String committee = Fixtures.committee(slug, "Rat");
        presentation(slug, committee, Fixtures.today().minusDays(10), "SCHEDULED");
        String in20 = presentation(slug, committee, Fixtures.today().plusDays(20), "SCHEDULED");
        String in3 = presentation(slug, committee, Fixtures.today().plusDays(3), "POSTPONED");
        presentation(slug, committee, Fixtures.today().plusDays(5), "HELD");
        presentation(slug, committee, Fixtures.today().plusDays(7), "CANCELLED");
        String in12 = presentation(slug, committee, Fixtures.today().plusDays(12), "SCHEDULED");

        String responsible = Fixtures.actor(slug, "Stadtteilbüro");
        step(slug, m1, "In 90 Tagen", Fixtures.today().plusDays(90), "OPEN", null);
        step(slug, m1, "Erledigt", Fixtures.today().plusDays(2), "DONE", null);
        step(slug, m1, "Abgesagt", Fixtures.today().plusDays(1), "CANCELLED", null);
        step(slug, m1, "Ohne Termin", null, "OPEN", null);
        String tenDays = step(slug, m3, "In 10 Tagen", Fixtures.today().plusDays(10), "IN_PROGRESS", null);
        String overdue = step(slug, m1, "Überfällig", Fixtures.today().minusDays(5), "OPEN", responsible);

        return new Populated(slug, current, List.of(in3, in12, in20), m1, overdue, tenDays, responsible);
    }

    /**
     * An area whose measures each have a need, a lead actor, a step due soon with a responsible actor
     * and an upcoming presentation with its own committee, edition and presenter.
     */
    private static String areaWithMeasures(int count) {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        for (int i = 0; i < count; i++) {
            String code = "BQ-%02d".formatted(i);
            String need = Fixtures.need(slug, field, code + "-B");
            String actor = Fixtures.actor(slug, "Akteur " + i);
            Map<String, Object> body = Fixtures.measureBody(code, field);
            body.put("needIds", List.of(need));
            body.put("leadActorId", actor);
            body.put("progress", i % 100);
            String measure = Fixtures.measure(slug, body);
            step(slug, measure, "Schritt " + i, Fixtures.today().plusDays(i % 20), "OPEN", actor);

            Map<String, Object> presentation = presentationBody(
                    Fixtures.committee(slug, "Ausschuss " + i), Fixtures.today().plusDays(1 + i), "SCHEDULED");
            presentation.put("editionId", edition(slug, "IHK " + (2000 + i), (2000 + i) + "-01-01"));
            presentation.put("presenterActorId", actor);
            presentation.put("measureIds", List.of(measure));
            api().body(presentation)
                    .post("/api/v1/areas/{slug}/presentations", slug)
                    .then()
                    .statusCode(201);
        }
        return slug;
    }

    private static String actionField(String slug, String code, String title, int position, String color) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", title);
        body.put("goal", "Ziel " + code);
        body.put("position", position);
        body.put("color", color);
        return api().body(body)
                .post("/api/v1/areas/{slug}/action-fields", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String measure(
            String slug,
            String code,
            String field,
            List<String> furtherFields,
            List<String> needs,
            String status,
            int progress) {
        Map<String, Object> body = Fixtures.measureBody(code, field);
        body.put("furtherActionFieldIds", furtherFields);
        body.put("needIds", needs);
        body.put("status", status);
        body.put("progress", progress);
        return Fixtures.measure(slug, body);
    }

    private static String edition(String slug, String label, String publishedOn) {
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

    private static Map<String, Object> presentationBody(String committee, LocalDate date, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("committeeId", committee);
        body.put("date", date.toString());
        body.put("time", "17:00");
        body.put("title", "Sitzung am " + date);
        body.put("status", status);
        return body;
    }

    private static String presentation(String slug, String committee, LocalDate date, String status) {
        return api().body(presentationBody(committee, date, status))
                .post("/api/v1/areas/{slug}/presentations", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String step(
            String slug, String measure, String title, LocalDate dueDate, String status, String responsible) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("dueDate", dueDate == null ? null : dueDate.toString());
        body.put("status", status);
        body.put("responsibleActorId", responsible);
        return api().body(body)
                .post("/api/v1/areas/{slug}/measures/{id}/steps", slug, measure)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
