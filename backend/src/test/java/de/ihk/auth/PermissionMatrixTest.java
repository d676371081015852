package de.ihk.auth;

import static de.ihk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.testing.Api;
import de.ihk.testing.Credentials;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every write endpoint × every kind of caller: the exact status, and that a refused request
 * changed nothing.
 */
@QuarkusTest
class PermissionMatrixTest {

    private static final List<String> CALLERS = List.of(
            "anonymous", "expired", "revoked", "outsiderEditor", "otherContributor", "contributor", "editor", "admin");

    private final Map<String, String> tokens = new HashMap<>();
    private String slug;
    private String otherSlug;
    private String field;
    private String need;
    private String measure;
    private String actor;
    private String otherActor;
    private String committee;

    private record Operation(
            String name,
            String method,
            Supplier<String> path,
            Supplier<Map<String, Object>> body,
            Map<String, Integer> expected) {}

    private void world() throws InterruptedException {
        slug = Fixtures.area();
        otherSlug = Fixtures.area();
        String areaId = idOfArea(slug);
        field = Fixtures.actionField(slug, "BQ");
        need = Fixtures.need(slug, field, "BQ-B1");
        actor = Fixtures.actor(slug, "Quartiersmanagement");
        otherActor = Fixtures.actor(slug, "Bürgerverein");
        committee = Fixtures.committee(slug, "Jugendhilfeausschuss");
        measure = newMeasure();
        publish("/api/v1/areas/" + slug, Fixtures.areaBody(slug, slug));
        publish(
                "/api/v1/areas/" + slug + "/action-fields/" + field,
                new HashMap<>(Map.of("code", "BQ", "title", "Bildung")));
        Map<String, Object> measureBody = Fixtures.measureBody("M-FIX", field);
        measureBody.put("leadActorId", actor);
        publish("/api/v1/areas/" + slug + "/measures/" + measure, measureBody);

        tokens.put("admin", Credentials.adminToken());
        tokens.put("editor", Credentials.token("EDITOR", List.of(areaId), List.of()));
        tokens.put("outsiderEditor", Credentials.token("EDITOR", List.of(idOfArea(otherSlug)), List.of()));
        tokens.put("contributor", Credentials.token("CONTRIBUTOR", List.of(), List.of(actor)));
        tokens.put("otherContributor", Credentials.token("CONTRIBUTOR", List.of(), List.of(otherActor)));
        String revoked = Credentials.token("ADMIN", List.of(), List.of());
        String revokedId = api().get("/api/v1/tokens").then().extract().path("items[0].id");
        api().delete("/api/v1/tokens/{id}", revokedId).then().statusCode(204);
        tokens.put("revoked", revoked);
        tokens.put(
                "expired",
                given().auth()
                        .oauth2(Credentials.adminToken())
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "name",
                                "Bald abgelaufen",
                                "role",
                                "ADMIN",
                                "expiresAt",
                                Instant.now().plus(1, ChronoUnit.SECONDS).toString()))
                        .post("/api/v1/tokens")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("secret"));
        Thread.sleep(1500);
    }

    /** Outsiders see only published records; drafts would answer them 404 before any permission check. */
    private static void publish(String path, Map<String, Object> body) {
        body.put("publicationStatus", "PUBLISHED");
        api().header("If-Match", api().get(path).then().extract().header("ETag"))
                .body(body)
                .put(path)
                .then()
                .statusCode(200);
    }

    private static String idOfArea(String slug) {
        return api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
    }

    private String newMeasure() {
        Map<String, Object> body = Fixtures.measureBody(Fixtures.unique("M").substring(0, 10), field);
        body.put("leadActorId", actor);
        return Fixtures.measure(slug, body);
    }

    private String newStep(String measureId) {
        return api().body(Map.of("title", "Schritt", "status", "OPEN"))
                .post("/api/v1/areas/{slug}/measures/{id}/steps", slug, measureId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Expected statuses: {@code success} for the allowed callers, 401 without valid credentials, 403 for the rest. */
    private static Map<String, Integer> allowed(int success, String... callers) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            boolean signedIn = !List.of("anonymous", "expired", "revoked").contains(caller);
            expected.put(caller, List.of(callers).contains(caller) ? success : signedIn ? 403 : 401);
        }
        return expected;
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        String area = "/api/v1/areas/" + slug;
        Supplier<Map<String, Object>> fieldBody =
                () -> Map.of("code", Fixtures.unique("F").substring(0, 10), "title", "Feld");
        ops.add(new Operation(
                "create action field",
                "POST",
                () -> area + "/action-fields",
                fieldBody,
                allowed(201, "editor", "admin")));
        ops.add(new Operation(
                "update action field",
                "PUT",
                () -> area + "/action-fields/" + field,
                () -> Map.of("code", "BQ", "title", "Bildung " + Fixtures.unique("t")),
                allowed(200, "editor", "admin")));
        ops.add(new Operation(
                "delete action field",
                "DELETE",
                () -> area + "/action-fields/"
                        + Fixtures.actionField(slug, Fixtures.unique("D").substring(0, 10)),
                () -> null,
                allowed(204, "editor", "admin")));
        Supplier<Map<String, Object>> needBody = () -> Map.of(
                "actionFieldId",
                field,
                "code",
                Fixtures.unique("N").substring(0, 10),
                "title",
                "Bedarf",
                "priority",
                "LOW");
        ops.add(new Operation("create need", "POST", () -> area + "/needs", needBody, allowed(201, "editor", "admin")));
        ops.add(new Operation(
                "update need",
                "PUT",
                () -> area + "/needs/" + need,
                () -> Map.of(
                        "actionFieldId",
                        field,
                        "code",
                        "BQ-B1",
                        "title",
                        "Bedarf " + Fixtures.unique("t"),
                        "priority",
                        "HIGH"),
                allowed(200, "editor", "admin")));
        ops.add(new Operation(
                "delete need",
                "DELETE",
                () -> area + "/needs/"
                        + Fixtures.need(slug, field, Fixtures.unique("N").substring(0, 10)),
                () -> null,
                allowed(204, "editor", "admin")));
        ops.add(new Operation(
                "create measure",
                "POST",
                () -> area + "/measures",
                () -> Fixtures.measureBody(Fixtures.unique("M").substring(0, 10), field),
                allowed(201, "editor", "admin")));
        ops.add(new Operation(
                "update measure",
                "PUT",
                () -> area + "/measures/" + measure,
                () -> {
                    Map<String, Object> body = Fixtures.measureBody("M-FIX", field);
                    body.put("leadActorId", actor);
                    body.put("publicationStatus", "PUBLISHED");
                    body.put("title", "Maßnahme " + Fixtures.unique("t"));
                    return body;
                },
                allowed(200, "editor", "admin")));
        ops.add(new Operation(
                "update measure progress",
                "PUT",
                () -> area + "/measures/" + measure + "/progress",
                () -> Map.of("status", "IN_PROGRESS", "progress", (int) (Math.random() * 100)),
                allowed(200, "contributor", "editor", "admin")));
        ops.add(new Operation(
                "delete measure",
                "DELETE",
                () -> area + "/measures/" + newMeasure(),
                () -> null,
                allowed(204, "editor", "admin")));
        ops.add(new Operation(
                "create step",
                "POST",
                () -> area + "/measures/" + measure + "/steps",
                () -> Map.of("title", "Schritt", "status", "OPEN"),
                allowed(201, "contributor", "editor", "admin")));
        ops.add(new Operation(
                "update step",
                "PUT",
                () -> area + "/measures/" + measure + "/steps/" + newStep(measure),
                () -> Map.of("title", "Erledigt", "status", "DONE"),
                allowed(200, "contributor", "editor", "admin")));
        ops.add(new Operation(
                "delete step",
                "DELETE",
                () -> area + "/measures/" + measure + "/steps/" + newStep(measure),
                () -> null,
                allowed(204, "contributor", "editor", "admin")));
        ops.add(new Operation(
                "create edition",
                "POST",
                () -> area + "/editions",
                () -> Map.of("label", "IHK 2026"),
                allowed(201, "editor", "admin")));
        ops.add(new Operation(
                "delete edition",
                "DELETE",
                () -> area + "/editions/"
                        + api().body(Map.of("label", "Alt"))
                                .post(area + "/editions")
                                .then()
                                .extract()
                                .path("id"),
                () -> null,
                allowed(204, "editor", "admin")));
        Supplier<Map<String, Object>> presentationBody = () -> Map.of(
                "committeeId",
                committee,
                "date",
                Fixtures.today().plusDays(30).toString(),
                "title",
                "Vorstellung",
                "status",
                "SCHEDULED");
        ops.add(new Operation(
                "create presentation",
                "POST",
                () -> area + "/presentations",
                presentationBody,
                allowed(201, "editor", "admin")));
        ops.add(new Operation(
                "delete presentation",
                "DELETE",
                () -> area + "/presentations/"
                        + api().body(presentationBody.get())
                                .post(area + "/presentations")
                                .then()
                                .extract()
                                .path("id"),
                () -> null,
                allowed(204, "editor", "admin")));
        ops.add(new Operation(
                "update area",
                "PUT",
                () -> area,
                () -> Fixtures.areaBody(slug, slug),
                allowed(200, "editor", "admin")));
        ops.add(new Operation(
                "create area",
                "POST",
                () -> "/api/v1/areas",
                () -> Fixtures.areaBody(Fixtures.unique("neu"), "Musterstadt"),
                allowed(201, "admin")));
        ops.add(new Operation(
                "delete area", "DELETE", () -> "/api/v1/areas/" + slug, () -> null, allowed(409, "admin")));
        ops.add(new Operation(
                "create actor",
                "POST",
                () -> "/api/v1/actors",
                () -> Map.of("name", "Verein", "kind", "OTHER", "municipality", slug),
                allowed(201, "editor", "admin")));
        ops.add(new Operation(
                "delete actor",
                "DELETE",
                () -> "/api/v1/actors/" + Fixtures.actor(slug, "Kurzlebig"),
                () -> null,
                allowed(204, "editor", "admin")));
        ops.add(new Operation(
                "create committee",
                "POST",
                () -> "/api/v1/committees",
                () -> Map.of("name", "Rat", "municipality", slug),
                allowed(201, "admin")));
        ops.add(new Operation(
                "delete committee",
                "DELETE",
                () -> "/api/v1/committees/" + Fixtures.committee(slug, "Beirat"),
                () -> null,
                allowed(204, "admin")));
        ops.add(new Operation(
                "create target group",
                "POST",
                () -> "/api/v1/target-groups",
                () -> Map.of(
                        "code",
                        ("TG_" + Fixtures.unique("x").substring(2))
                                .toUpperCase(Locale.ROOT)
                                .replace('-', '_'),
                        "labelDe",
                        "G",
                        "labelEn",
                        "G"),
                allowed(201, "admin")));
        ops.add(new Operation(
                "create account",
                "POST",
                () -> "/api/v1/accounts",
                () -> Map.of(
                        "username",
                        Fixtures.unique("u"),
                        "displayName",
                        "Neu",
                        "role",
                        "ADMIN",
                        "password",
                        "ein-langes-passwort"),
                allowed(201, "admin")));
        ops.add(new Operation(
                "create token",
                "POST",
                () -> "/api/v1/tokens",
                () -> Map.of(
                        "name",
                        "Integration",
                        "role",
                        "ADMIN",
                        "expiresAt",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()),
                allowed(201, "admin")));
        return ops;
    }

    @Test
    void everyWriteEndpointAnswersEveryCallerExactlyAndRefusalsChangeNothing() throws InterruptedException {
        world();
        List<String> mismatches = new ArrayList<>();
        for (Operation op : operations()) {
            for (String caller : CALLERS) {
                String path = op.path().get();
                String before = state(op, path);
                Response response = send(op, caller, path);
                int expected = op.expected().get(caller);
                if (response.statusCode() != expected) {
                    mismatches.add(op.name() + " by " + caller + ": expected " + expected + " but got "
                            + response.statusCode() + " " + response.asString());
                }
                if (response.statusCode() >= 400 && !before.equals(state(op, path))) {
                    mismatches.add(op.name() + " by " + caller + " was refused but changed " + path);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private Response send(Operation op, String caller, String path) {
        RequestSpecification request =
                given().filter(Api.RESPONSES_ONLY).contentType(ContentType.JSON).accept(Api.ACCEPT);
        if (tokens.containsKey(caller)) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        if (!op.method().equals("POST")) {
            String etag = api().get(path.endsWith("/progress") ? path.replace("/progress", "") : path)
                    .then()
                    .extract()
                    .header("ETag");
            request.header("If-Match", etag == null ? "\"0\"" : etag);
        }
        Map<String, Object> body = op.body().get();
        if (body != null) {
            request.body(body);
        }
        return request.request(op.method(), path);
    }

    /** What an admin reads at the target: the record for updates and deletions, the list size for creations. */
    private static String state(Operation op, String path) {
        if (op.method().equals("POST")) {
            return api().get(path).then().extract().path("totalItems").toString();
        }
        String record = path.endsWith("/progress") ? path.replace("/progress", "") : path;
        Response read = api().get(record);
        return read.statusCode() + " " + read.header("ETag");
    }
}
