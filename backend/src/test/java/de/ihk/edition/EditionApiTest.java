package de.ihk.edition;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditionApiTest {

    private static final String LIST = "/api/v1/areas/{slug}/editions";
    private static final String ITEM = "/api/v1/areas/{slug}/editions/{id}";

    @Test
    void createdEditionCanBeReadBackWithLocationAndEtag() {
        String slug = Fixtures.area();
        Map<String, Object> body = body("IHK 2022", "2022-07-04");
        body.put("documentUrl", "https://www.osnabrueck.de/ihk-schinkel-2022.pdf");
        body.put("summary", "Fortschreibung nach der Bürgerbeteiligung.");

        Response created = api().body(body).post(LIST, slug);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("label", equalTo("IHK 2022"))
                .body("version", equalTo(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/areas/" + slug + "/editions/" + id);

        api().get(ITEM, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("label", equalTo("IHK 2022"))
                .body("publishedOn", equalTo("2022-07-04"))
                .body("documentUrl", equalTo("https://www.osnabrueck.de/ihk-schinkel-2022.pdf"))
                .body("summary", equalTo("Fortschreibung nach der Bürgerbeteiligung."));
    }

    @Test
    void absentOptionalValuesAreNull() {
        String slug = Fixtures.area();
        api().body(Map.of("label", "Entwurf"))
                .post(LIST, slug)
                .then()
                .statusCode(201)
                .body("publishedOn", nullValue())
                .body("documentUrl", nullValue())
                .body("summary", nullValue());
    }

    @Test
    void listShowsNewestPublishedFirstByDefaultAndUnpublishedLast() {
        String slug = Fixtures.area();
        create(slug, body("IHK 2018", "2018-05-01"));
        create(slug, body("Entwurf 2026", null));
        create(slug, body("IHK 2022", "2022-07-04"));
        create(slug, body("IHK 2015", "2015-02-10"));

        Response page = api().get(LIST, slug);
        page.then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.label", equalTo(List.of("IHK 2022", "IHK 2018", "IHK 2015", "Entwurf 2026")));
        assertThat(page.header("Link")).contains("rel=\"first\"").contains("rel=\"last\"");

        api().queryParam("sort", "publishedOn")
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.label", equalTo(List.of("IHK 2015", "IHK 2018", "IHK 2022", "Entwurf 2026")));
        api().queryParam("sort", "label")
                .queryParam("size", 2)
                .get(LIST, slug)
                .then()
                .statusCode(200)
                .body("items.label", equalTo(List.of("Entwurf 2026", "IHK 2015")))
                .body("totalPages", equalTo(2));
        badInput()
                .queryParam("sort", "title")
                .get(LIST, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
    }

    @Test
    void listShowsOnlyTheEditionsOfTheArea() {
        String slug = Fixtures.area();
        String other = Fixtures.area();
        String mine = create(slug, body("IHK 2022", "2022-07-04"));
        String theirs = create(other, body("IHK 2022", "2022-07-04"));

        api().get(LIST, slug).then().statusCode(200).body("items.id", equalTo(List.of(mine)));
        api().get(ITEM, slug, theirs)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void updateNeedsIfMatchAndRefusesAStaleVersion() {
        String slug = Fixtures.area();
        String id = create(slug, body("IHK 2022", "2022-07-04"));
        Map<String, Object> changed = body("IHK 2022 (2. Auflage)", "2022-09-01");

        api().body(changed)
                .put(ITEM, slug, id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("status", equalTo(428));
        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(ITEM, slug, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("label", equalTo("IHK 2022 (2. Auflage)"))
                .body("publishedOn", equalTo("2022-09-01"));

        changed.put("label", "Verloren");
        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(ITEM, slug, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"");
        api().get(ITEM, slug, id).then().body("label", equalTo("IHK 2022 (2. Auflage)"));

        api().header("If-None-Match", "\"1\"")
                .get(ITEM, slug, id)
                .then()
                .statusCode(304)
                .header("ETag", "\"1\"");
        api().header("If-None-Match", "\"0\"").get(ITEM, slug, id).then().statusCode(200);
    }

    @Test
    void invalidInputIsRefusedNamingTheFields() {
        String slug = Fixtures.area();
        Map<String, Object> body = body("  ", "2022-13-01");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("publishedOn"));

        body = body(" ", "2022-07-04");
        body.put("documentUrl", "www.osnabrueck.de/ihk.pdf");
        body.put("summary", "x".repeat(20001));
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItems("label", "documentUrl", "summary"));

        body = body("IHK", "2022-07-04");
        body.put("titel", "Tippfehler");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST, slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("titel"));
        api().get(LIST, slug).then().body("totalItems", equalTo(0));
    }

    @Test
    void deleteIsRefusedWhileAPresentationRefersToTheEdition() {
        String slug = Fixtures.area();
        String id = create(slug, body("IHK 2022", "2022-07-04"));
        Map<String, Object> presentation = new HashMap<>();
        presentation.put("committeeId", Fixtures.committee(slug, "Rat"));
        presentation.put("date", Fixtures.today().plusDays(7).toString());
        presentation.put("title", "Vorstellung IHK 2022");
        presentation.put("status", "SCHEDULED");
        presentation.put("editionId", id);
        String presentationId = api().body(presentation)
                .post("/api/v1/areas/{slug}/presentations", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        api().header("If-Match", "\"0\"")
                .delete(ITEM, slug, id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("1 presentation refers"));
        api().get(ITEM, slug, id).then().statusCode(200);

        api().header("If-Match", "\"0\"")
                .delete("/api/v1/areas/{slug}/presentations/{id}", slug, presentationId)
                .then()
                .statusCode(204);
        api().header("If-Match", "\"0\"").delete(ITEM, slug, id).then().statusCode(204);
        api().get(ITEM, slug, id).then().statusCode(404);
    }

    @Test
    void deleteNeedsIfMatch() {
        String slug = Fixtures.area();
        String id = create(slug, body("IHK 2022", "2022-07-04"));
        api().delete(ITEM, slug, id).then().statusCode(428);
        api().header("If-Match", "\"1\"")
                .delete(ITEM, slug, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"0\"");
        api().get(ITEM, slug, id).then().statusCode(200);
    }

    @Test
    void unknownEditionAreaAndMalformedIdAreReported() {
        String slug = Fixtures.area();
        api().get(ITEM, slug, "3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21"));
        api().get(LIST, "kein-gebiet").then().statusCode(404);
        badInput().get(ITEM, slug, "nope").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    private static Map<String, Object> body(String label, String publishedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("publishedOn", publishedOn);
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
}
