package de.ihk.area;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static de.ihk.testing.Fixtures.areaBody;
import static de.ihk.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AreaApiTest {

    @Test
    void createdAreaCanBeReadBackWithLocationAndEtag() {
        String slug = unique("schinkel");
        Response created = api().body(areaBody(slug, "Osnabrück")).post("/api/v1/areas");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/areas/" + slug))
                .header("ETag", "\"0\"")
                .body("slug", equalTo(slug))
                .body("budget.amount", equalTo("15000000.00"))
                .body("budget.currency", equalTo("EUR"))
                .body("id", notNullValue());

        api().get("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Sanierungsgebiet " + slug))
                .body("fundingStart", equalTo(2018))
                .body("inhabitants", equalTo(8500));
    }

    @Test
    void matchingIfNoneMatchAnswersNotModified() {
        String slug = Fixtures.area();
        api().header("If-None-Match", "\"0\"")
                .get("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(304);
        api().header("If-None-Match", "\"7\"")
                .get("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200);
    }

    @Test
    void updateNeedsIfMatchAndRefusesAStaleVersion() {
        String slug = Fixtures.area();
        Map<String, Object> body = areaBody(slug, slug);
        body.put("name", "Neuer Name");

        api().body(body)
                .put("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("status", equalTo(428));

        api().header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Neuer Name"))
                .body("version", equalTo(1));

        body.put("name", "Verlorene Änderung");
        api().header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"")
                .body("detail", containsString("version 1"));
        api().get("/api/v1/areas/{slug}", slug).then().body("name", equalTo("Neuer Name"));
    }

    @Test
    void slugsAreUnique() {
        String slug = Fixtures.area();
        api().body(areaBody(slug, "Osnabrück"))
                .post("/api/v1/areas")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(slug));
    }

    @Test
    void everyInvalidFieldIsReportedInOneResponse() {
        Map<String, Object> body = areaBody("Not A Slug", "Osnabrück");
        body.put("name", "x".repeat(201));
        body.put("fundingStart", 2030);
        body.put("fundingEnd", 2020);
        body.put("inhabitants", -1);
        body.put("budget", Map.of("amount", "12.345", "currency", "euro"));
        body.remove("programme");

        badInput()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/areas")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "slug",
                                "name",
                                "fundingEnd",
                                "inhabitants",
                                "budget.amount",
                                "budget.currency",
                                "programme"));
    }

    @Test
    void listIsPagedSortedAndFiltered() {
        String municipality = unique("stadt");
        for (String name : List.of("c", "a", "b")) {
            Map<String, Object> body = areaBody(unique(name), municipality);
            body.put("name", name + " Quartier");
            api().body(body).post("/api/v1/areas").then().statusCode(201);
        }
        Response page = api().queryParam("municipality", municipality)
                .queryParam("size", 2)
                .queryParam("sort", "-name")
                .get("/api/v1/areas");
        page.then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("size", equalTo(2))
                .body("page", equalTo(0))
                .body("items.name", equalTo(List.of("c Quartier", "b Quartier")));
        assertThat(page.header("Link"))
                .contains("rel=\"next\"")
                .contains("rel=\"last\"")
                .contains("page=1");

        api().queryParam("municipality", municipality)
                .queryParam("page", 1)
                .queryParam("size", 2)
                .queryParam("sort", "-name")
                .get("/api/v1/areas")
                .then()
                .body("items.name", equalTo(List.of("a Quartier")));
    }

    @Test
    void fullTextFilterUsesGermanStemming() {
        String slug = unique("hafen");
        Map<String, Object> body = areaBody(slug, slug);
        body.put("summary", "Viele Spielplätze und Gärten am Hafen.");
        api().body(body).post("/api/v1/areas").then().statusCode(201);
        api().queryParam("q", "Spielplatz")
                .get("/api/v1/areas")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem(slug));
    }

    @Test
    void deleteIsRefusedWhileTheAreaHasContent() {
        String slug = Fixtures.area();
        Fixtures.actionField(slug, "BQ");
        api().header("If-Match", "\"0\"")
                .delete("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 action fields"));

        String empty = Fixtures.area();
        api().header("If-Match", "\"0\"")
                .delete("/api/v1/areas/{slug}", empty)
                .then()
                .statusCode(204);
        api().get("/api/v1/areas/{slug}", empty).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listFollowsThePositionsAdminsSetThenTheName() {
        String municipality = unique("reihe");
        Map<String, String> slugs = new java.util.LinkedHashMap<>();
        for (String name : List.of("Altstadt", "Bahnhofsviertel", "Zentrum")) {
            Map<String, Object> body = areaBody(unique(name.toLowerCase(java.util.Locale.ROOT)), municipality);
            body.put("name", name);
            body.put("position", 5);
            slugs.put(
                    name,
                    api().body(body)
                            .post("/api/v1/areas")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("slug"));
        }
        // a new area without a position joins the end of the list
        Map<String, Object> last = areaBody(unique("neu"), municipality);
        last.put("name", "Aaa Neu");
        api().body(last)
                .post("/api/v1/areas")
                .then()
                .statusCode(201)
                .body("position", org.hamcrest.Matchers.greaterThan(5));

        Map<String, Object> zentrum = areaBody(slugs.get("Zentrum"), municipality);
        zentrum.put("name", "Zentrum");
        zentrum.put("position", 1);
        api().header("If-Match", "\"0\"")
                .body(zentrum)
                .put("/api/v1/areas/{slug}", slugs.get("Zentrum"))
                .then()
                .statusCode(200)
                .body("position", equalTo(1));

        api().queryParam("municipality", municipality)
                .get("/api/v1/areas")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Zentrum", "Altstadt", "Bahnhofsviertel", "Aaa Neu")));
    }

    @Test
    void onlyAdminsMoveAnAreaButEditorsSaveItsPositionUnchanged() {
        String slug = Fixtures.area();
        String id = api().get("/api/v1/areas/{slug}", slug).then().extract().path("id");
        int position = api().get("/api/v1/areas/{slug}", slug).then().extract().path("position");
        String editor = de.ihk.testing.Credentials.token("EDITOR", List.of(id), List.of());
        Map<String, Object> body = areaBody(slug, slug);

        body.put("position", position + 1);
        de.ihk.testing.Api.withToken(editor)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("position"));

        body.put("position", position);
        body.put("name", "Vom Quartiersmanagement");
        de.ihk.testing.Api.withToken(editor)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/areas/{slug}", slug)
                .then()
                .statusCode(200)
                .body("position", equalTo(position))
                .body("name", equalTo("Vom Quartiersmanagement"));
    }

    @Test
    void aPositionOutOfRangeIsRefusedWithItsField() {
        Map<String, Object> body = areaBody(unique("weit"), "Osnabrück");
        body.put("position", -1);
        badInput()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/areas")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("position"));
    }
}
