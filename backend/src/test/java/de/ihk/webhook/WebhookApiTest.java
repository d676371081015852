package de.ihk.webhook;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin API of webhook subscriptions: create (secret once), list, read, change, disable, enable, delete. */
@QuarkusTest
class WebhookApiTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hook";

    private static String create(Map<String, Object> body) {
        return api().body(body)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("webhook.id");
    }

    /** A creation the API refuses with 400. */
    private static io.restassured.response.ValidatableResponse refused(Map<String, Object> body) {
        return badInput()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void createAnswersTheSecretOnceAndNeverAgain() {
        String slug = Fixtures.area();
        JsonPath created = api().body(Map.of(
                        "url",
                        RECEIVER,
                        "events",
                        List.of("MEASURE", "ACTION_STEP"),
                        "areas",
                        List.of(slug),
                        "description",
                        "Open-Data-Portal"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/webhooks/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("secret", matchesPattern("^whsec_[A-Za-z0-9+/]{43}=$"))
                .body("webhook.state", org.hamcrest.Matchers.equalTo("ACTIVE"))
                .body("webhook.events", org.hamcrest.Matchers.contains("MEASURE", "ACTION_STEP"))
                .body("webhook.areas", org.hamcrest.Matchers.contains(slug))
                .body("webhook.delivery.failedAttempts", org.hamcrest.Matchers.equalTo(0))
                .extract()
                .jsonPath();
        String secret = created.getString("secret");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())))
                .hasSize(32);
        String id = created.getString("webhook.id");

        String read = api().get("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String list =
                api().get("/api/v1/webhooks").then().statusCode(200).extract().asString();
        String history = api().get("/api/v1/webhooks/{id}/history", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(read).doesNotContain(secret).doesNotContain("secret");
        assertThat(list).doesNotContain(secret).contains(id);
        assertThat(history).doesNotContain(secret).doesNotContain("secret").contains("CREATED");
    }

    @Test
    void refusesUrlsTheServerMayNotCall() {
        for (String url : List.of(
                "https://10.0.0.1/hook",
                "https://169.254.169.254/latest/meta-data",
                "http://93.184.215.14/hook",
                "ftp://example.org/",
                "not a url")) {
            refused(Map.of("url", url, "events", List.of("*"))).body("errors.field", hasItem("url"));
        }
    }

    @Test
    void refusesUnknownEventsAndAreasNamingTheEntry() {
        refused(Map.of("url", RECEIVER, "events", List.of("MEASURE", "ACCOUNT"), "areas", List.of("nowhere")))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("events[1]", "areas[0]"));
        refused(Map.of("url", RECEIVER, "events", List.of("*", "MEASURE"))).body("errors.field", hasItem("events"));
        refused(Map.of("url", RECEIVER, "events", List.of())).body("errors.field", hasItem("events"));
        refused(Map.of("url", RECEIVER, "events", List.of("*"), "secret", "mine"));
    }

    @Test
    void disableEnableChangeAndDelete() {
        String id = create(Map.of("url", RECEIVER, "events", List.of("*")));
        api().post("/api/v1/webhooks/{id}/disable", id)
                .then()
                .statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("DISABLED"))
                .body("disabledReason", org.hamcrest.Matchers.equalTo("Disabled by an administrator."));
        api().get("/api/v1/webhooks")
                .then()
                .body("items.find { it.id == '" + id + "' }.state", org.hamcrest.Matchers.equalTo("DISABLED"));
        api().post("/api/v1/webhooks/{id}/enable", id)
                .then()
                .statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("ACTIVE"))
                .body("disabledAt", nullValue());

        String etag = Fixtures.etag("/api/v1/webhooks/{id}", id);
        api().header("If-Match", etag)
                .body(Map.of("url", "http://localhost:9/other", "events", List.of("NEED")))
                .put("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(200)
                .body("url", org.hamcrest.Matchers.equalTo("http://localhost:9/other"))
                .body("events", org.hamcrest.Matchers.contains("NEED"));
        api().header("If-Match", etag)
                .body(Map.of("url", RECEIVER, "events", List.of("*")))
                .put("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(412);
        JsonPath history =
                api().get("/api/v1/webhooks/{id}/history", id).then().extract().jsonPath();
        assertThat(history.getList("items.action", String.class))
                .containsExactly("UPDATED", "UPDATED", "UPDATED", "CREATED");

        api().delete("/api/v1/webhooks/{id}", id).then().statusCode(428);
        api().header("If-Match", Fixtures.etag("/api/v1/webhooks/{id}", id))
                .delete("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(204);
        api().get("/api/v1/webhooks/{id}", id).then().statusCode(404);
        api().get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(404);
    }

    @Test
    void deliveriesOfANewSubscriptionAreEmpty() {
        String id = create(Map.of("url", RECEIVER, "events", List.of("*")));
        api().get("/api/v1/webhooks/{id}/deliveries", id)
                .then()
                .statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void onlyAdminsManageWebhooks() {
        String slug = Fixtures.area();
        String areaId = api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        String editor = Credentials.token("EDITOR", List.of(areaId), List.of());
        withToken(editor).get("/api/v1/webhooks").then().statusCode(403);
        withToken(editor)
                .body(Map.of("url", RECEIVER, "events", List.of("*")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403);
        de.ihk.testing.Api.anonymous().get("/api/v1/webhooks").then().statusCode(401);
    }
}
