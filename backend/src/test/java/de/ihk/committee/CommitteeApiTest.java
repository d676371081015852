package de.ihk.committee;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import de.ihk.testing.Fixtures;
import de.ihk.testing.OparlFixtureServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommitteeApiTest {

    private static final String LIST = "/api/v1/committees";
    private static final String ITEM = "/api/v1/committees/{id}";

    @Test
    void createdCommitteeCanBeReadBackWithLocationAndEtag() {
        String municipality = Fixtures.unique("stadt");
        Map<String, Object> body = body("Jugendhilfeausschuss", "JHA", municipality);
        String organization = OparlFixtureServer.get().url("/oparl/organization/34");
        body.put("oparlOrganizationUrl", organization);

        Response created = api().body(body).post(LIST);
        created.then().statusCode(201).header("ETag", "\"0\"").body("version", equalTo(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/committees/" + id);

        api().get(ITEM, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Jugendhilfeausschuss"))
                .body("shortName", equalTo("JHA"))
                .body("municipality", equalTo(municipality))
                .body("oparlOrganizationUrl", equalTo(organization));
    }

    @Test
    void absentOptionalValuesAreNull() {
        api().body(body("Rat der Stadt", null, Fixtures.unique("stadt")))
                .post(LIST)
                .then()
                .statusCode(201)
                .body("shortName", nullValue())
                .body("oparlOrganizationUrl", nullValue());
    }

    @Test
    void updateNeedsIfMatchAndRefusesAStaleVersion() {
        String municipality = Fixtures.unique("stadt");
        String id = create(body("Ausschuss für Stadtentwicklung", "StUA", municipality));
        Map<String, Object> changed = body("Ausschuss für Stadtentwicklung und Umwelt", "StUA", municipality);

        api().body(changed).put(ITEM, id).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(ITEM, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("name", equalTo("Ausschuss für Stadtentwicklung und Umwelt"));
        api().header("If-Match", "\"0\"")
                .body(changed)
                .put(ITEM, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"");
        api().header("If-None-Match", "\"1\"").get(ITEM, id).then().statusCode(304);
    }

    @Test
    void invalidInputIsRefusedNamingEveryField() {
        Map<String, Object> body = body(" ", "x".repeat(51), " ");
        body.put("oparlOrganizationUrl", "ris.osnabrueck.de/oparl/organization/17");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("municipality", "name", "oparlOrganizationUrl", "shortName")));

        body = body("Rat", "Rat", "Stadt");
        body.put("gremium", "Rat");
        badInput()
                .contentType("application/json")
                .body(body)
                .post(LIST)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("gremium")));
    }

    @Test
    void listFiltersByMunicipalityAndSortsByName() {
        String municipality = Fixtures.unique("stadt");
        String rat = create(body("Rat", null, municipality));
        String jha = create(body("Jugendhilfeausschuss", "JHA", municipality));
        String bau = create(body("Bauausschuss", "BA", municipality));
        create(body("Rat", null, Fixtures.unique("anderswo")));

        api().queryParam("municipality", municipality)
                .get(LIST)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", equalTo(List.of(bau, jha, rat)));
        api().queryParam("municipality", municipality)
                .queryParam("sort", "-name")
                .queryParam("size", 2)
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(rat, jha)))
                .body("totalPages", equalTo(2));
    }

    @Test
    void deleteIsRefusedWhileAPresentationRefersToTheCommittee() {
        String slug = Fixtures.area();
        String committee = Fixtures.committee(slug, "Jugendhilfeausschuss");
        String presentation = api().body(Map.of(
                        "committeeId",
                        committee,
                        "date",
                        Fixtures.today().toString(),
                        "title",
                        "Vorstellung",
                        "status",
                        "SCHEDULED"))
                .post("/api/v1/areas/{slug}/presentations", slug)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        api().header("If-Match", "\"0\"")
                .delete(ITEM, committee)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("1 presentation refers"));
        api().get(ITEM, committee).then().statusCode(200);

        api().header("If-Match", "\"0\"")
                .delete("/api/v1/areas/{slug}/presentations/{id}", slug, presentation)
                .then()
                .statusCode(204);
        api().header("If-Match", "\"0\"").delete(ITEM, committee).then().statusCode(204);
        api().get(ITEM, committee).then().statusCode(404);
    }

    @Test
    void municipalityCannotChangeWhilePresentationsReferToTheCommittee() {
        String slug = Fixtures.area();
        String committee = Fixtures.committee(slug, "Rat");
        api().body(Map.of(
                        "committeeId",
                        committee,
                        "date",
                        Fixtures.today().toString(),
                        "title",
                        "Vorstellung",
                        "status",
                        "SCHEDULED"))
                .post("/api/v1/areas/{slug}/presentations", slug)
                .then()
                .statusCode(201);

        api().header("If-Match", "\"0\"")
                .body(body("Rat", "JHA", "Anderswo"))
                .put(ITEM, committee)
                .then()
                .statusCode(409);
        api().get(ITEM, committee).then().body("municipality", equalTo(slug));
    }

    @Test
    void deleteNeedsIfMatch() {
        String id = create(body("Rat", null, Fixtures.unique("stadt")));
        api().delete(ITEM, id).then().statusCode(428);
        api().header("If-Match", "\"2\"")
                .delete(ITEM, id)
                .then()
                .statusCode(412)
                .header("ETag", "\"0\"");
        api().header("If-Match", "\"0\"").delete(ITEM, id).then().statusCode(204);
    }

    @Test
    void unknownAndMalformedIdsAreReported() {
        String unknown = "3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21";
        api().get(ITEM, unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString(unknown));
        api().header("If-Match", "\"0\"").delete(ITEM, unknown).then().statusCode(404);
        badInput().get(ITEM, "42").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    private static Map<String, Object> body(String name, String shortName, String municipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("shortName", shortName);
        body.put("municipality", municipality);
        return body;
    }

    private static String create(Map<String, Object> body) {
        return api().body(body).post(LIST).then().statusCode(201).extract().path("id");
    }
}
