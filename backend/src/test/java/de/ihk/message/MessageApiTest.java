package de.ihk.message;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MessageApiTest {

    private static final String LIST = "/api/v1/areas/{slug}/messages";
    private static final String ITEM = "/api/v1/areas/{slug}/messages/{id}";
    private static final String QUESTIONS = "/api/v1/areas/{slug}/questions";

    @Inject
    DataSource dataSource;

    @Inject
    MessageFormTokens tokens;

    @Inject
    MessageRetentionJob retention;

    /** Every test client is 127.0.0.1: the messages of one test must not count against the next. */
    @BeforeEach
    void forgetMessagesOfThisClient() throws SQLException {
        sql("DELETE FROM login_throttle WHERE throttle_key LIKE 'message:%'");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate(statement);
        }
    }

    /** A published area with a published action field and measure; returns slug and measure id. */
    private static String[] publishedMeasure() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String measure = Fixtures.measure(slug, Fixtures.measureBody("BQ-01", field));
        Fixtures.setPublication("/api/v1/areas/" + slug, "PUBLISHED");
        Fixtures.setPublication("/api/v1/areas/" + slug + "/action-fields/" + field, "PUBLISHED");
        Fixtures.setPublication("/api/v1/areas/" + slug + "/measures/" + measure, "PUBLISHED");
        return new String[] {slug, measure};
    }

    private String tokenShownSecondsAgo(String slug, long seconds) {
        UUID areaId = UUID.fromString(api().get("/api/v1/areas/{slug}", slug).path("id"));
        return tokens.issue(areaId, Instant.now().minusSeconds(seconds));
    }

    private Map<String, Object> message(String slug, String measure, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("measureId", measure);
        body.put("name", "Erika Muster");
        body.put("email", "erika@example.org");
        body.put("message", text);
        body.put("consent", true);
        body.put("formToken", tokenShownSecondsAgo(slug, 10));
        body.put("website", "");
        return body;
    }

    /** A resident's request that breaks the contract on purpose; its response must still match it. */
    private static io.restassured.specification.RequestSpecification resident() {
        return io.restassured.RestAssured.given()
                .filter(de.ihk.testing.Api.RESPONSES_ONLY)
                .contentType(io.restassured.http.ContentType.JSON)
                .accept(de.ihk.testing.Api.ACCEPT);
    }

    private String send(String slug, Map<String, Object> body) {
        return anonymous()
                .body(body)
                .post(LIST, slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aResidentSendsAQuestionOnAMeasureWithoutAnAccountAndTheEditorReadsItInTheInbox() {
        String[] area = publishedMeasure();
        String slug = area[0];
        Map<String, String> form = anonymous()
                .get(LIST + "/form", slug)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(form.get("formToken")).isNotBlank();

        Response created = anonymous()
                .body(message(slug, area[1], "Wann wird der Spielplatz fertig?"))
                .post(LIST, slug);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("subject", equalTo("MEASURE"))
                .body("measure.code", equalTo("BQ-01"))
                .body("status", equalTo("NEW"))
                .body("published", equalTo(false));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/areas/" + slug + "/messages/" + id);

        String areaId = api().get("/api/v1/areas/{slug}", slug).path("id");
        String editor = Credentials.token("EDITOR", List.of(areaId), List.of());
        withToken(editor)
                .queryParam("status", "NEW")
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].name", equalTo("Erika Muster"))
                .body("items[0].email", equalTo("erika@example.org"))
                .body("items[0].message", equalTo("Wann wird der Spielplatz fertig?"));
        withToken(editor)
                .queryParam("status", "ANSWERED")
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void theAccessibilityFeedbackIsAMessageWithoutMeasureOrNeed() {
        String slug = publishedMeasure()[0];
        Map<String, Object> body = message(slug, null, "Der Kontrast der Links ist zu schwach.");
        body.remove("measureId");
        body.put("subject", "ACCESSIBILITY");
        body.put("name", null);
        body.put("email", null);
        String id = send(slug, body);
        api().get(ITEM, slug, id)
                .then()
                .statusCode(200)
                .body("subject", equalTo("ACCESSIBILITY"))
                .body("measure", nullValue())
                .body("name", nullValue());
    }

    @Test
    void badInputIsRefusedNamingEveryField() {
        String[] area = publishedMeasure();
        Map<String, Object> body = message(area[0], area[1], " ");
        body.put("email", "keine-adresse");
        body.put("consent", false);
        body.put("name", "x".repeat(201));
        resident()
                .body(body)
                .post(LIST, area[0])
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("message", "email", "consent", "name"));

        Map<String, Object> tooLong = message(area[0], area[1], "x".repeat(2001));
        resident()
                .body(tooLong)
                .post(LIST, area[0])
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("message")));

        Map<String, Object> unknownMeasure = message(area[0], UUID.randomUUID().toString(), "Frage");
        anonymous()
                .body(unknownMeasure)
                .post(LIST, area[0])
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("measureId")));
    }

    @Test
    void aDraftMeasureCannotBeAskedAboutByTheAnonymousPublic() {
        String[] area = publishedMeasure();
        String field = Fixtures.actionField(area[0], "WO");
        Fixtures.setPublication("/api/v1/areas/" + area[0] + "/action-fields/" + field, "PUBLISHED");
        String draft = Fixtures.measure(area[0], Fixtures.measureBody("WO-01", field));
        anonymous()
                .body(message(area[0], draft, "Frage"))
                .post(LIST, area[0])
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("measureId")));
    }

    @Test
    void theHoneypotAFormSentTooQuicklyAndAForgedTokenAreRefused() {
        String[] area = publishedMeasure();
        Map<String, Object> bot = message(area[0], area[1], "Billige Uhren");
        bot.put("website", "https://spam.example");
        anonymous()
                .body(bot)
                .post(LIST, area[0])
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("website")));

        Map<String, Object> quick = message(area[0], area[1], "Frage");
        quick.put("formToken", tokenShownSecondsAgo(area[0], 0));
        anonymous()
                .body(quick)
                .post(LIST, area[0])
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("formToken")))
                .body("errors[0].message", containsString("very quickly"));

        Map<String, Object> old = message(area[0], area[1], "Frage");
        old.put("formToken", tokenShownSecondsAgo(area[0], 2 * 24 * 3600));
        anonymous()
                .body(old)
                .post(LIST, area[0])
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("expired"));

        Map<String, Object> forged = message(area[0], area[1], "Frage");
        String token = (String) forged.get("formToken");
        forged.put("formToken", token.substring(0, token.indexOf('.')) + ".AAAA");
        anonymous()
                .body(forged)
                .post(LIST, area[0])
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("formToken")));

        // A token of another area does not serve here.
        String other = publishedMeasure()[0];
        Map<String, Object> elsewhere = message(area[0], area[1], "Frage");
        elsewhere.put("formToken", tokenShownSecondsAgo(other, 10));
        anonymous()
                .body(elsewhere)
                .post(LIST, area[0])
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("formToken")));
        withToken(Credentials.adminToken())
                .get(LIST, area[0])
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void manyMessagesFromOneAddressWithinAnHourAreRefusedWith429() {
        String[] area = publishedMeasure();
        for (int i = 0; i < 5; i++) {
            send(area[0], message(area[0], area[1], "Frage " + i));
        }
        anonymous()
                .body(message(area[0], area[1], "Noch eine"))
                .post(LIST, area[0])
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString("Many messages"));
    }

    @Test
    void onlyTheAreasEditorsAndAdminsReadTheInbox() {
        String[] area = publishedMeasure();
        String id = send(area[0], message(area[0], area[1], "Frage"));
        resident().get(LIST, area[0]).then().statusCode(401);
        resident().get(ITEM, area[0], id).then().statusCode(401);
        String otherArea = api().get("/api/v1/areas/{slug}", Fixtures.area()).path("id");
        String stranger = Credentials.token("EDITOR", List.of(otherArea), List.of());
        withToken(stranger).get(LIST, area[0]).then().statusCode(403);
        withToken(stranger).get(ITEM, area[0], id).then().statusCode(403);
        withToken(stranger)
                .header("If-Match", "\"0\"")
                .delete(ITEM, area[0], id)
                .then()
                .statusCode(403);
        resident().header("If-Match", "\"0\"").delete(ITEM, area[0], id).then().statusCode(401);
        api().get(ITEM, area[0], id).then().statusCode(200);
    }

    @Test
    void anAnsweredAndPublishedQuestionIsShownBelowTheMeasureWithoutPersonalData() throws SQLException {
        String[] area = publishedMeasure();
        String slug = area[0];
        String id = send(slug, message(slug, area[1], "Wann wird der Spielplatz fertig? Ich wohne Hasestraße 3."));

        Map<String, Object> noAnswer = new HashMap<>(Map.of("status", "ANSWERED", "published", true));
        api().header("If-Match", "\"0\"")
                .body(noAnswer)
                .put(ITEM, slug, id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("answer", "publishedQuestion"));
        api().body(Map.of("status", "ANSWERED", "published", false))
                .put(ITEM, slug, id)
                .then()
                .statusCode(428);
        anonymous().get(QUESTIONS, slug).then().statusCode(200).body("totalItems", equalTo(0));

        Map<String, Object> answer = new HashMap<>();
        answer.put("status", "ANSWERED");
        answer.put("answer", "Im Frühjahr 2027.");
        answer.put("publishedQuestion", "Wann wird der Spielplatz fertig?");
        answer.put("published", true);
        api().header("If-Match", "\"0\"")
                .body(answer)
                .put(ITEM, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ANSWERED"))
                .body("answeredAt", org.hamcrest.Matchers.notNullValue())
                .body("published", equalTo(true));
        api().header("If-Match", "\"0\"")
                .body(answer)
                .put(ITEM, slug, id)
                .then()
                .statusCode(412);

        String questions = anonymous()
                .queryParam("measure", area[1])
                .get(QUESTIONS, slug)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].question", equalTo("Wann wird der Spielplatz fertig?"))
                .body("items[0].answer", equalTo("Im Frühjahr 2027."))
                .extract()
                .asString();
        assertThat(questions).doesNotContain("Erika", "erika@example.org", "Hasestraße");
        anonymous().get(QUESTIONS + "/{id}", slug, id).then().statusCode(200).body("measureId", equalTo(area[1]));

        // The change feed names the published question for everyone, by its public path only.
        String feed = anonymous()
                .queryParam("area", slug)
                .queryParam("type", "MESSAGE")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.href", hasItems("/api/v1/areas/" + slug + "/questions/" + id))
                .extract()
                .asString();
        assertThat(feed).doesNotContain("Erika");
        // The history keeps no name, e-mail or original text.
        try (Connection c = dataSource.getConnection();
                ResultSet rows = c.createStatement()
                        .executeQuery(
                                "SELECT record_label || changes::text || coalesce(public_changes::text, '') FROM revision"
                                        + " WHERE record_type = 'MESSAGE' AND record_id = '" + id + "'")) {
            int count = 0;
            while (rows.next()) {
                count++;
                assertThat(rows.getString(1)).doesNotContain("Erika", "erika@example.org", "Hasestraße");
            }
            assertThat(count).isEqualTo(2);
        }

        // Unpublishing the measure hides the question too.
        Fixtures.setPublication("/api/v1/areas/" + slug + "/measures/" + area[1], "DRAFT");
        anonymous().get(QUESTIONS, slug).then().statusCode(200).body("totalItems", equalTo(0));
        anonymous().get(QUESTIONS + "/{id}", slug, id).then().statusCode(404);
    }

    @Test
    void onlyAMessageAboutAMeasureOrNeedCanBePublished() {
        String slug = publishedMeasure()[0];
        Map<String, Object> body = message(slug, null, "Barriere");
        body.remove("measureId");
        body.put("subject", "ACCESSIBILITY");
        String id = send(slug, body);
        Map<String, Object> answer = new HashMap<>();
        answer.put("status", "ANSWERED");
        answer.put("answer", "Danke!");
        answer.put("publishedQuestion", "Barriere");
        answer.put("published", true);
        api().header("If-Match", "\"0\"")
                .body(answer)
                .put(ITEM, slug, id)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("published")));
    }

    @Test
    void anEditorDeletesAMessageWithIfMatch() {
        String[] area = publishedMeasure();
        String id = send(area[0], message(area[0], area[1], "Frage"));
        api().delete(ITEM, area[0], id).then().statusCode(428);
        api().header("If-Match", "\"0\"").delete(ITEM, area[0], id).then().statusCode(204);
        api().get(ITEM, area[0], id).then().statusCode(404);
    }

    @Test
    void theRetentionJobDeletesMessagesOlderThanTheRetentionPeriod() throws SQLException {
        String[] area = publishedMeasure();
        String old = send(area[0], message(area[0], area[1], "Alte Frage"));
        String recent = send(area[0], message(area[0], area[1], "Neue Frage"));
        sql("UPDATE message SET created_at = now() - interval '366 days' WHERE id = '" + old + "'");

        assertThat(retention.run()).isGreaterThanOrEqualTo(1);

        api().get(ITEM, area[0], old).then().statusCode(404);
        api().get(ITEM, area[0], recent).then().statusCode(200);
    }

    @Test
    void unknownStatusFilterIsABadRequest() {
        String slug = publishedMeasure()[0];
        badInput()
                .queryParam("status", "LATER")
                .get(LIST, slug)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("status")));
    }
}
