package de.ihk.testing;

import static de.ihk.testing.Api.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates the records a test needs through the API. Every area gets a unique slug and its own
 * municipality, so tests do not see each other's data.
 */
public final class Fixtures {

    private Fixtures() {}

    /** "Today" as the application sees it: the local date of German municipalities. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new area; returns its slug. Its municipality equals its slug, so actors and committees stay apart too. */
    public static String area() {
        String slug = unique("area");
        api().body(areaBody(slug, slug)).post("/api/v1/areas").then().statusCode(201);
        return slug;
    }

    /** A new area, published; returns its slug. */
    public static String publishedArea() {
        String slug = unique("area");
        Map<String, Object> body = areaBody(slug, slug);
        body.put("publicationStatus", "PUBLISHED");
        api().body(body).post("/api/v1/areas").then().statusCode(201);
        return slug;
    }

    public static Map<String, Object> areaBody(String slug, String municipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Sanierungsgebiet " + slug);
        body.put("municipality", municipality);
        body.put("programme", "Sozialer Zusammenhalt");
        body.put("fundingStart", 2018);
        body.put("fundingEnd", 2028);
        body.put("sizeHectares", 94.01);
        body.put("inhabitants", 8500);
        body.put("budget", Map.of("amount", "15000000.00", "currency", "EUR"));
        body.put("summary", "Ein Quartier im Osten der Stadt.");
        body.put("description", "Beschreibung des Gebiets.");
        return body;
    }

    public static String actionField(String slug, String code) {
        return api().body(Map.of(
                        "code", code, "title", "Handlungsfeld " + code, "goal", "Ziel von " + code, "position", 1))
                .post("/api/v1/areas/{slug}/action-fields", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String need(String slug, String actionFieldId, String code, String... targetGroups) {
        return api().body(Map.of(
                        "actionFieldId",
                        actionFieldId,
                        "code",
                        code,
                        "title",
                        "Bedarf " + code,
                        "priority",
                        "HIGH",
                        "targetGroups",
                        List.of(targetGroups)))
                .post("/api/v1/areas/{slug}/needs", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> measureBody(String code, String actionFieldId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Maßnahme " + code);
        body.put("actionFieldId", actionFieldId);
        body.put("status", "PLANNED");
        body.put("priority", "MEDIUM");
        body.put("needIds", new ArrayList<>());
        return body;
    }

    public static String measure(String slug, Map<String, Object> body) {
        return api().body(body)
                .post("/api/v1/areas/{slug}/measures", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An actor of the area's municipality (the municipality of fixture areas is their slug). */
    public static String actor(String municipality, String name) {
        return api().body(Map.of("name", name, "kind", "SOCIAL_ORGANISATION", "municipality", municipality))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String committee(String municipality, String name) {
        return api().body(Map.of("name", name, "shortName", "JHA", "municipality", municipality))
                .post("/api/v1/committees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Makes sure a target group with this code exists. */
    public static String targetGroup(String code) {
        int status = api().get("/api/v1/target-groups/{code}", code).statusCode();
        if (status == 404) {
            api().body(Map.of("code", code, "labelDe", "Gruppe " + code, "labelEn", "Group " + code))
                    .post("/api/v1/target-groups")
                    .then()
                    .statusCode(201);
        }
        return code;
    }

    /** The current ETag of a record, for If-Match. */
    public static String etag(String path, Object... params) {
        return api().get(path, params).then().statusCode(200).extract().header("ETag");
    }

    /**
     * Publishes ({@code "PUBLISHED"}) or unpublishes ({@code "DRAFT"}) an area, action field, need, measure or
     * indicator.
     */
    public static void setPublication(String path, String status) {
        Map<String, Object> read =
                api().get(path).then().statusCode(200).extract().jsonPath().getMap("$");
        api().header("If-Match", etag(path))
                .body(publicationInput(path, read, status))
                .put(path)
                .then()
                .statusCode(200)
                .body("publicationStatus", org.hamcrest.Matchers.equalTo(status));
    }

    /** Turns a read representation into the input of a PUT that sets its publication status. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> publicationInput(String path, Map<String, Object> read, String status) {
        Map<String, Object> input = new HashMap<>();
        if (path.contains("/needs/")) {
            input.put("actionFieldId", ((Map<String, Object>) read.get("actionField")).get("id"));
            input.put("code", read.get("code"));
            input.put("title", read.get("title"));
            input.put("priority", read.get("priority"));
        } else if (path.contains("/measures/")) {
            input.put("actionFieldId", ((Map<String, Object>) read.get("actionField")).get("id"));
            input.put("code", read.get("code"));
            input.put("title", read.get("title"));
            input.put("status", read.get("status"));
            input.put("priority", read.get("priority"));
            input.put(
                    "needIds",
                    ((List<Map<String, Object>>) read.get("needs"))
                            .stream().map(n -> n.get("id")).toList());
        } else if (path.contains("/indicators/")) {
            for (String field : List.of(
                    "name",
                    "description",
                    "unit",
                    "valueType",
                    "direction",
                    "source",
                    "spatialLevel",
                    "baseline",
                    "targets",
                    "values")) {
                input.put(field, read.get(field));
            }
            for (String links : List.of("actionFields", "needs", "measures")) {
                input.put(
                        links.substring(0, links.length() - 1) + "Ids",
                        ((List<Map<String, Object>>) read.get(links))
                                .stream().map(l -> l.get("id")).toList());
            }
        } else if (path.contains("/action-fields/")) {
            input.put("code", read.get("code"));
            input.put("title", read.get("title"));
            input.put("position", read.get("position"));
        } else {
            input.putAll(areaBody((String) read.get("slug"), (String) read.get("municipality")));
        }
        input.put("publicationStatus", status);
        return input;
    }
}
