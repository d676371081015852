package de.ihk.measure;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Fixtures.actionField;
import static de.ihk.testing.Fixtures.area;
import static de.ihk.testing.Fixtures.areaBody;
import static de.ihk.testing.Fixtures.etag;
import static de.ihk.testing.Fixtures.measure;
import static de.ihk.testing.Fixtures.measureBody;
import static de.ihk.testing.Fixtures.setPublication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Boundaries of areas, locations of measures, and the area's measures as GeoJSON. */
@QuarkusTest
class MapApiTest {

    private static final String GEO_JSON = "application/geo+json, application/problem+json";

    private static final Map<String, Object> BOUNDARY = Map.of(
            "type",
            "Polygon",
            "coordinates",
            List.of(List.of(
                    List.of(8.0662, 52.2788),
                    List.of(8.0690, 52.2851),
                    List.of(8.0838, 52.2846),
                    List.of(8.0836, 52.2781),
                    List.of(8.0662, 52.2788))));

    private static Map<String, Object> point(double lon, double lat) {
        return Map.of("type", "Point", "coordinates", List.of(lon, lat));
    }

    @Test
    void anAreaKeepsItsBoundaryAndWhetherItIsApproximate() {
        String slug = area();
        Map<String, Object> body = areaBody(slug, slug);
        body.put("boundary", Map.of("type", "Polygon", "coordinates", BOUNDARY.get("coordinates"), "bbox", List.of()));
        body.put("boundaryApproximate", true);
        api().header("If-Match", etag("/api/v1/areas/{slug}", slug))
                .body(body)
                .put("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .body("boundary.type", equalTo("Polygon"))
                .body("boundary.bbox", nullValue())
                .body("boundaryApproximate", equalTo(true));

        api().get("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .body("boundary.coordinates[0][1]", contains(8.069f, 52.2851f))
                .body("boundaryApproximate", equalTo(true));
        api().get("/api/v1/areas/{slug}/overview", slug)
                .then()
                .statusCode(200)
                .body("area.boundary.type", equalTo("Polygon"));

        // without a boundary, it cannot be approximate
        body.remove("boundary");
        api().header("If-Match", etag("/api/v1/areas/{slug}", slug))
                .body(body)
                .put("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .body("boundary", nullValue())
                .body("boundaryApproximate", equalTo(false));
    }

    @Test
    void invalidGeometriesAreRefusedNamingTheField() {
        String slug = area();
        String field = actionField(slug, "KJF");
        List<Object[]> areaCases = List.of(
                new Object[] {point(8.07, 52.28), "boundary"},
                new Object[] {"Polygon", "boundary"},
                new Object[] {
                    Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(8.0, 52.0), List.of(8.1, 52.0)))),
                    "boundary.coordinates[0]"
                },
                new Object[] {
                    Map.of(
                            "type",
                            "Polygon",
                            "coordinates",
                            List.of(List.of(
                                    List.of(8.0, 52.0), List.of(8.1, 52.0), List.of(8.1, 52.1), List.of(8.0, 52.1)))),
                    "boundary.coordinates[0]"
                },
                new Object[] {
                    Map.of(
                            "type",
                            "MultiPolygon",
                            "coordinates",
                            List.of(List.of(List.of(
                                    List.of(8.0, 52.0), List.of(8.1, 95.0), List.of(8.1, 52.1), List.of(8.0, 52.0))))),
                    "boundary.coordinates[0][0][1]"
                });
        for (Object[] c : areaCases) {
            Map<String, Object> body = areaBody(slug, slug);
            body.put("boundary", c[0]);
            badInput()
                    .contentType("application/json")
                    .header("If-Match", etag("/api/v1/areas/{slug}", slug))
                    .body(body)
                    .put("/api/v1/areas/{slug}", slug)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains(c[1]));
        }

        List<Position> many = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            many.add(new Position(8 + i / 1e6, 52));
        }
        many.add(many.get(0));
        List<Object[]> measureCases = List.of(
                new Object[] {point(200, 52.28), "locationGeometry.coordinates"},
                new Object[] {
                    Map.of("type", "Point", "coordinates", List.of("8.07", 52.28)), "locationGeometry.coordinates"
                },
                new Object[] {
                    Map.of("type", "Feature", "geometry", point(8.07, 52.28), "properties", Map.of()),
                    "locationGeometry"
                },
                new Object[] {
                    Map.of("type", "Point", "coordinates", List.of(8.07, 52.28), "properties", Map.of()),
                    "locationGeometry.properties"
                },
                new Object[] {
                    Map.of(
                            "type",
                            "Polygon",
                            "coordinates",
                            List.of(many.stream()
                                    .map(p -> List.of(p.lon, p.lat))
                                    .toList())),
                    "locationGeometry.coordinates"
                });
        for (Object[] c : measureCases) {
            Map<String, Object> body = measureBody("M-1", field);
            body.put("locationGeometry", c[0]);
            badInput()
                    .contentType("application/json")
                    .body(body)
                    .post("/api/v1/areas/{slug}/measures", slug)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains(c[1]));
        }
    }

    private record Position(double lon, double lat) {}

    @Test
    void theMapListsTheFilteredMeasuresWithALocationButNoDrafts() {
        String slug = area();
        setPublication("/api/v1/areas/" + slug, "PUBLISHED");
        String field = actionField(slug, "KJF");
        setPublication("/api/v1/areas/" + slug + "/action-fields/" + field, "PUBLISHED");

        Map<String, Object> playground = measureBody("KJF-02", field);
        playground.put("title", "Großspielplatz Hasepark");
        playground.put("status", "COMPLETED");
        playground.put("locationGeometry", point(8.0702, 52.2841));
        playground.put("locationApproximate", true);
        playground.put("publicationStatus", "PUBLISHED");
        String playgroundId = measure(slug, playground);

        Map<String, Object> square = measureBody("ORS-03", field);
        square.put("locationGeometry", BOUNDARY);
        square.put("publicationStatus", "PUBLISHED");
        measure(slug, square);

        Map<String, Object> draft = measureBody("KJF-06", field);
        draft.put("locationGeometry", point(8.075, 52.281));
        measure(slug, draft);

        Map<String, Object> nowhere = measureBody("VB-01", field);
        nowhere.put("publicationStatus", "PUBLISHED");
        measure(slug, nowhere);

        Response all = anonymous().accept(GEO_JSON).get("/api/v1/areas/{slug}/measures.geojson", slug);
        all.then()
                .statusCode(200)
                .contentType(containsString("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features.properties.code", contains("KJF-02", "ORS-03"))
                .body("features[0].type", equalTo("Feature"))
                .body("features[0].id", equalTo(playgroundId))
                .body("features[0].geometry.type", equalTo("Point"))
                .body("features[0].geometry.coordinates", contains(8.0702f, 52.2841f))
                .body("features[0].properties.title", equalTo("Großspielplatz Hasepark"))
                .body("features[0].properties.actionField.code", equalTo("KJF"))
                .body("features[0].properties.status", equalTo("COMPLETED"))
                .body("features[0].properties.approximate", equalTo(true))
                .body("features[0].properties.href", equalTo("/api/v1/areas/" + slug + "/measures/" + playgroundId))
                .body("features[1].geometry.type", equalTo("Polygon"))
                .body("features[1].properties.approximate", equalTo(false));
        String etag = all.header("ETag");
        assertThat(etag).startsWith("\"c-");

        anonymous()
                .accept(GEO_JSON)
                .header("If-None-Match", etag)
                .get("/api/v1/areas/{slug}/measures.geojson", slug)
                .then()
                .statusCode(304);

        // the list's filters, and a plain JSON answer for clients that accept only that
        anonymous()
                .queryParam("status", "COMPLETED")
                .get("/api/v1/areas/{slug}/measures.geojson", slug)
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("features.properties.code", contains("KJF-02"));
        anonymous()
                .accept(GEO_JSON)
                .queryParam("sort", "-code")
                .queryParam("q", "Hasepark")
                .get("/api/v1/areas/{slug}/measures.geojson", slug)
                .then()
                .statusCode(200)
                .body("features.properties.code", contains("KJF-02"));
        badInput()
                .accept(GEO_JSON)
                .queryParam("status", "SOMEDAY")
                .get("/api/v1/areas/{slug}/measures.geojson", slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));

        // editors see their drafts on the map as in the list
        api().accept(GEO_JSON)
                .get("/api/v1/areas/{slug}/measures.geojson", slug)
                .then()
                .statusCode(200)
                .body("features.properties.code", contains("KJF-02", "KJF-06", "ORS-03"));

        anonymous()
                .accept(GEO_JSON)
                .get("/api/v1/areas/{slug}/measures.geojson", "no-such-area")
                .then()
                .statusCode(404);
    }

    @Test
    void aChangedLocationIsRecordedInTheHistory() {
        String slug = area();
        String field = actionField(slug, "KJF");
        Map<String, Object> body = measureBody("KJF-02", field);
        String id = measure(slug, body);
        body.put("locationGeometry", point(8.0702, 52.2841));
        body.put("locationApproximate", true);
        String path = "/api/v1/areas/" + slug + "/measures/" + id;
        api().header("If-Match", etag(path)).body(body).put(path).then().statusCode(200);

        api().get(path + "/history")
                .then()
                .statusCode(200)
                .body("items[0].changes.field", hasItem("locationGeometry"))
                .body("items[0].changes.field", hasItem("locationApproximate"));
    }
}
