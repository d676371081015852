package de.ihk.reminder;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Fixtures.etag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.ihk.testing.Api;
import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import de.ihk.testing.SmtpSink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The weekly reminder digest, sent to a real local SMTP server (python3-aiosmtpd): recipients, content in German and
 * English, the RFC 8058 headers, the unsubscribe link, exactly one digest for concurrent runs, and a retry after the
 * SMTP server was down.
 */
@QuarkusTest
class ReminderMailApiTest {

    private static final String SETTINGS = "/api/v1/auth/me/settings";
    private static final String PASSWORD = "reminder-password-1";
    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("<(http://ihk\\.example(/api/v1/reminders/unsubscribe)\\?token=([^>]+))>");

    private static SmtpSink sink;

    @Inject
    DigestDispatcher dispatcher;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startSmtpServer() {
        sink = SmtpSink.start(ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class));
    }

    @AfterAll
    static void stopSmtpServer() {
        sink.close();
    }

    /** Only the accounts of the running test are subscribed, and no digest is left from another. */
    @BeforeEach
    void noOtherDigests() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE account SET digest_subscribed = false").executeUpdate();
            em.createNativeQuery("DELETE FROM digest").executeUpdate();
        });
        sink.clear();
    }

    @Test
    void anEditorReceivesOneGermanDigestWithTheDueStepsTheGapsAndTheCommitteeDatesAndUnsubscribesWithItsLink() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "BQ");
        String measure = Fixtures.measure(slug, Fixtures.measureBody("BQ-01", field));
        step(slug, measure, "Räume anmieten", Fixtures.today().minusDays(3));
        step(slug, measure, "Honorarkräfte gewinnen", Fixtures.today().plusDays(10));
        step(slug, measure, "Abschlussbericht schreiben", Fixtures.today().plusDays(40));
        Fixtures.need(slug, field, "BQ-B9");
        presentation(slug, Fixtures.committee(slug, "Jugendhilfeausschuss"), 7);
        String username = Fixtures.unique("redaktion");
        Credentials.account(username, "EDITOR", List.of(areaId(slug)), List.of(), PASSWORD);
        Credentials.Session session = Credentials.login(username, PASSWORD);

        subscribe(session, "redaktion@musterhausen.example", "de");
        planToday();
        assertThat(dispatcher.runOnce()).containsExactly(DigestDispatcher.Outcome.SENT);

        List<SmtpSink.Message> messages = sink.messages();
        assertThat(messages).hasSize(1);
        SmtpSink.Message mail = messages.get(0);
        assertThat(mail.rcptTos()).containsExactly("redaktion@musterhausen.example");
        assertThat(mail.mailFrom()).isEqualTo("ihk@musterhausen.example");
        assertThat(mail.header("Subject")).startsWith("Ihre Wochenübersicht");
        assertThat(mail.text())
                .contains("Guten Tag Person " + username)
                .contains("Räume anmieten")
                .contains("überfällig seit " + german(Fixtures.today().minusDays(3)))
                .contains("Honorarkräfte gewinnen")
                .contains("fällig am " + german(Fixtures.today().plusDays(10)))
                .doesNotContain("Abschlussbericht schreiben")
                .contains("Bedarfe ohne Maßnahme")
                .contains("BQ-B9")
                .contains(german(Fixtures.today().plusDays(7)) + " 17:00: Jugendhilfeausschuss")
                .contains("http://ihk.example/areas/" + slug + "/measures/" + measure)
                .contains("http://ihk.example/areas/" + slug + "/work");
        assertThat(mail.html())
                .contains("<html lang=\"de\"")
                .contains("href=\"http://ihk.example/areas/" + slug + "/measures/" + measure + "\"")
                .contains("Räume anmieten");
        assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        Matcher link = UNSUBSCRIBE.matcher(mail.header("List-Unsubscribe"));
        assertThat(link.matches()).isTrue();
        assertThat(mail.text()).contains(link.group(1));

        // a second run, as by another instance later the same day, sends nothing more
        planToday();
        assertThat(dispatcher.runOnce()).isEmpty();
        assertThat(sink.messages()).hasSize(1);
        assertThat(state()).containsExactly("SENT");

        String token = link.group(3);
        // following the link (as a mail scanner does) shows a page and unsubscribes nobody
        String page = given().filter(Api.RESPONSES_ONLY)
                .accept("text/html")
                .queryParam("token", token)
                .get(link.group(2))
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertThat(page).contains("Abbestellen").contains("<form method=\"post\" action=\"" + link.group(2));
        settings(session).then().body("digestSubscribed", equalTo(true));

        // a tampered token is refused and changes nothing
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        given().filter(Api.RESPONSES_ONLY)
                .queryParam("token", tampered)
                .contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .post(link.group(2))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("token"));
        settings(session).then().body("digestSubscribed", equalTo(true));

        // the one-click POST of RFC 8058 unsubscribes, without login
        assertThat(given().filter(Api.RESPONSES_ONLY)
                        .queryParam("token", token)
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("List-Unsubscribe", "One-Click")
                        .post(link.group(2))
                        .then()
                        .statusCode(200)
                        .contentType(containsString("text/html"))
                        .extract()
                        .asString())
                .contains("Abbestellt");
        settings(session).then().body("digestSubscribed", equalTo(false));
    }

    @Test
    void aContributorReceivesAnEnglishDigestOfTheMeasuresItsActorLeads() {
        String slug = Fixtures.area();
        String field = Fixtures.actionField(slug, "IN");
        String actor = Fixtures.actor(slug, "Jugendhilfe e. V.");
        Map<String, Object> led = Fixtures.measureBody("IN-01", field);
        led.put("leadActorId", actor);
        String own = Fixtures.measure(slug, led);
        String other = Fixtures.measure(slug, Fixtures.measureBody("IN-02", field));
        step(slug, own, "Elternabend planen", Fixtures.today().minusDays(1));
        step(slug, other, "Fremder Schritt", Fixtures.today().minusDays(1));
        Fixtures.need(slug, field, "IN-B1");
        String username = Fixtures.unique("traeger");
        String accountId = Credentials.account(username, "CONTRIBUTOR", List.of(), List.of(actor), PASSWORD);
        // the admin sets the address and the language
        Map<String, Object> body = Credentials.accountBody(username, "CONTRIBUTOR", List.of(), List.of(actor), null);
        body.put("email", "team@jugendhilfe.example");
        body.put("language", "en");
        api().header("If-Match", etag("/api/v1/accounts/{id}", accountId))
                .body(body)
                .put("/api/v1/accounts/{id}", accountId)
                .then()
                .statusCode(200)
                .body("email", equalTo("team@jugendhilfe.example"))
                .body("language", equalTo("en"));
        Credentials.Session session = Credentials.login(username, PASSWORD);
        settings(session)
                .then()
                .statusCode(200)
                .body("email", equalTo("team@jugendhilfe.example"))
                .body("language", equalTo("en"))
                .body("mailConfigured", equalTo(true));

        subscribe(session, "team@jugendhilfe.example", "en");
        planToday();
        assertThat(dispatcher.runOnce()).containsExactly(DigestDispatcher.Outcome.SENT);

        SmtpSink.Message mail = sink.messages().get(0);
        assertThat(sink.messages()).hasSize(1);
        assertThat(mail.rcptTos()).containsExactly("team@jugendhilfe.example");
        assertThat(mail.header("Subject")).startsWith("Your weekly digest");
        assertThat(mail.text())
                .contains("Hello Person " + username)
                .contains("Elternabend planen")
                .contains("overdue since")
                .contains("Unsubscribe from the weekly digest")
                .doesNotContain("Fremder Schritt")
                .doesNotContain("IN-B1"); // needs without measures are for editors
        assertThat(mail.html()).contains("<html lang=\"en\"");
        assertThat(mail.text())
                .contains("http://ihk.example/en/areas/" + slug + "/measures/" + own)
                .contains("http://ihk.example/en/settings");
    }

    @Test
    void twoInstancesRunningAtOnceSendExactlyOneDigest() throws Exception {
        String slug = Fixtures.area();
        String measure = Fixtures.measure(slug, Fixtures.measureBody("ZW-01", Fixtures.actionField(slug, "ZW")));
        step(slug, measure, "Überfälliger Schritt", Fixtures.today().minusDays(2));
        String username = Fixtures.unique("zwei");
        Credentials.account(username, "EDITOR", List.of(areaId(slug)), List.of(), PASSWORD);
        subscribe(Credentials.login(username, PASSWORD), "zwei@musterhausen.example", "de");
        // planned here, not by the runs: their own planning waits for the send time, which may not have come yet today
        planToday();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<List<DigestDispatcher.Outcome>> run = () -> {
                start.await();
                return dispatcher.runOnce();
            };
            Future<List<DigestDispatcher.Outcome>> first = instances.submit(run);
            Future<List<DigestDispatcher.Outcome>> second = instances.submit(run);
            start.countDown();
            List<DigestDispatcher.Outcome> outcomes = new ArrayList<>(first.get());
            outcomes.addAll(second.get());
            assertThat(outcomes).containsExactly(DigestDispatcher.Outcome.SENT);
        } finally {
            instances.shutdownNow();
        }
        assertThat(sink.messages()).hasSize(1);
        assertThat(sink.messages().get(0).rcptTos()).containsExactly("zwei@musterhausen.example");
        assertThat(state()).containsExactly("SENT");
    }

    @Test
    void aDigestWhoseSmtpServerWasDownIsSentOnceWhenItIsBack() throws Exception {
        String slug = Fixtures.area();
        String measure = Fixtures.measure(slug, Fixtures.measureBody("SM-01", Fixtures.actionField(slug, "SM")));
        step(slug, measure, "Nachzuholender Schritt", Fixtures.today().minusDays(5));
        String username = Fixtures.unique("spaeter");
        Credentials.account(username, "EDITOR", List.of(areaId(slug)), List.of(), PASSWORD);
        subscribe(Credentials.login(username, PASSWORD), "spaeter@musterhausen.example", "de");

        sink.stop();
        try {
            planToday();
            assertThat(dispatcher.runOnce()).containsExactly(DigestDispatcher.Outcome.RETRY);
            assertThat(state()).containsExactly("PENDING");
        } finally {
            sink.restart();
        }
        Thread.sleep(1200); // the test profile's first retry waits one second
        assertThat(dispatcher.runOnce()).containsExactly(DigestDispatcher.Outcome.SENT);
        assertThat(dispatcher.runOnce()).isEmpty();
        assertThat(sink.messages()).hasSize(1);
        assertThat(sink.messages().get(0).text()).contains("Nachzuholender Schritt");
        assertThat(state()).containsExactly("SENT");
        Object[] row = (Object[]) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT attempts, recipient FROM digest")
                        .getSingleResult());
        assertThat(((Number) row[0]).intValue()).isEqualTo(2);
        assertThat(row[1]).isEqualTo("spaeter@musterhausen.example");
    }

    @Test
    void aDigestWithNothingToRemindOfSendsNoMail() {
        String slug = Fixtures.area();
        String username = Fixtures.unique("ruhig");
        Credentials.account(username, "EDITOR", List.of(areaId(slug)), List.of(), PASSWORD);
        subscribe(Credentials.login(username, PASSWORD), "ruhig@musterhausen.example", "de");
        planToday();
        assertThat(dispatcher.runOnce()).containsExactly(DigestDispatcher.Outcome.EMPTY);
        assertThat(sink.messages()).isEmpty();
    }

    @Test
    void invalidAddressesAndASubscriptionWithoutAddressAreRefusedNamingTheField() {
        String slug = Fixtures.area();
        String username = Fixtures.unique("falsch");
        String accountId = Credentials.account(username, "EDITOR", List.of(areaId(slug)), List.of(), PASSWORD);
        Credentials.Session session = Credentials.login(username, PASSWORD);

        for (String address : List.of("not-an-address", "name@localhost", "two@@example.de", "a b@example.de")) {
            Map<String, Object> body = settingsBody(address, "de", true);
            session.request()
                    .filter(Api.RESPONSES_ONLY)
                    .header("If-Match", settingsEtag(session))
                    .body(body)
                    .put(SETTINGS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("email"));
        }
        session.request()
                .filter(Api.RESPONSES_ONLY)
                .header("If-Match", settingsEtag(session))
                .body(settingsBody(null, "de", true))
                .put(SETTINGS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("email"))
                .body("errors.message", hasItem(containsString("needs an e-mail address")));
        Map<String, Object> body = Credentials.accountBody(username, "EDITOR", List.of(areaId(slug)), List.of(), null);
        body.put("email", "kein-at-zeichen.example.de");
        badInput()
                .contentType("application/json")
                .header("If-Match", etag("/api/v1/accounts/{id}", accountId))
                .body(body)
                .put("/api/v1/accounts/{id}", accountId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("email"));
        settings(session).then().body("email", equalTo(null)).body("digestSubscribed", equalTo(false));
        // API tokens have no settings of their own
        api().get(SETTINGS).then().statusCode(403);
    }

    @Test
    void adminsSeeWhetherMailIsConfigured() {
        api().get("/api/v1/reminders/status")
                .then()
                .statusCode(200)
                .body("mailConfigured", equalTo(true))
                .body("missingSettings.size()", equalTo(0))
                .body("timeZone", equalTo("Europe/Berlin"));
        String slug = Fixtures.area();
        String editor = Credentials.token("EDITOR", List.of(areaId(slug)), List.of());
        Api.withToken(editor).get("/api/v1/reminders/status").then().statusCode(403);
        anonymous().get("/api/v1/reminders/status").then().statusCode(401);
    }

    // --- helpers ---

    /** Plans the digests of today as a run after the send time would (the test may run before it). */
    private void planToday() {
        dispatcher.plan(ZonedDateTime.now(ZoneId.of("Europe/Berlin")).with(LocalTime.of(23, 59)));
    }

    private List<String> state() {
        @SuppressWarnings("unchecked")
        List<String> states = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT state FROM digest").getResultList());
        return states;
    }

    private static void subscribe(Credentials.Session session, String email, String language) {
        strict(session)
                .header("If-Match", settingsEtag(session))
                .body(settingsBody(email, language, true))
                .put(SETTINGS)
                .then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("digestSubscribed", equalTo(true));
    }

    private static Map<String, Object> settingsBody(String email, String language, boolean subscribed) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("language", language);
        body.put("digestSubscribed", subscribed);
        body.put("digestWeekday", Fixtures.today().getDayOfWeek().name());
        return body;
    }

    private static io.restassured.response.Response settings(Credentials.Session session) {
        return strict(session).get(SETTINGS);
    }

    private static String settingsEtag(Credentials.Session session) {
        return settings(session).then().statusCode(200).extract().header("ETag");
    }

    private static RequestSpecification strict(Credentials.Session session) {
        return session.request().filter(Api.RESPONSES_ONLY);
    }

    private static String areaId(String slug) {
        return api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
    }

    private static void step(String slug, String measure, String title, java.time.LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("status", "OPEN");
        body.put("dueDate", due.toString());
        api().body(body)
                .post("/api/v1/areas/{slug}/measures/{id}/steps", slug, measure)
                .then()
                .statusCode(201);
    }

    private static void presentation(String slug, String committee, int inDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("committeeId", committee);
        body.put("date", Fixtures.today().plusDays(inDays).toString());
        body.put("time", "17:00");
        body.put("title", "IHK im Ausschuss");
        body.put("status", "SCHEDULED");
        body.put("measureIds", new ArrayList<>());
        api().body(body).post("/api/v1/areas/{slug}/presentations", slug).then().statusCode(201);
    }

    private static String german(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
