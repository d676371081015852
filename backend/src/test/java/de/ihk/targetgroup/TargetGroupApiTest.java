package de.ihk.targetgroup;

import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetGroupApiTest {

    private static final String LIST = "/api/v1/target-groups";
    private static final String ITEM = "/api/v1/target-groups/{code}";

    @Test
    void createdTargetGroupIsAddressedByItsCode() {
        String code = code("YOUTH");
        Response created = api().body(body(code, "Jugendliche", "Young people")).post(LIST);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("version", equalTo(0));
        assertThat(created.header("Location")).endsWith("/api/v1/target-groups/" + code);

        api().get(ITEM, code)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(created.path("id")))
                .body("labelDe", equalTo("Jugendliche"))
                .body("labelEn", equalTo("Young people"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = create(code("SENIORS"));
        api().body(body(code, "Andere", "Others"))
                .post(LIST)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString(code));
        api().get(ITEM, code).then().body("labelDe", equalTo("Gruppe " + code));
    }

    @Test
    void updateCanRenameTheCodeButNotToATakenOne() {
        String code = create(code("FAMILIES"));
        String taken = create(code("PARENTS"));
        String renamed = code("FAMILIES_WITH_CHILDREN");

        api().body(body(renamed, "Familien", "Families")).put(ITEM, code).then().statusCode(428);
        api().header("If-Match", "\"0\"")
                .body(body(taken, "Familien", "Families"))
                .put(ITEM, code)
                .then()
                .statusCode(409)
                .body("detail", containsString(taken));
        api().header("If-Match", "\"0\"")
                .body(body(renamed, "Familien", "Families"))
                .put(ITEM, code)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("code", equalTo(renamed))
                .body("labelDe", equalTo("Familien"));
        api().get(ITEM, code).then().statusCode(404);
        api().get(ITEM, renamed).then().statusCode(200).body("version", equalTo(1));
        api().header("If-Match", "\"0\"")
                .body(body(renamed, "Familie", "Family"))
                .put(ITEM, renamed)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"");
        api().header("If-None-Match", "\"1\"").get(ITEM, renamed).then().statusCode(304);
    }

    @Test
    void invalidInputIsRefusedNamingEveryField() {
        badInput()
                .contentType("application/json")
                .body(body("youth", " ", "x".repeat(201)))
                .post(LIST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("code", "labelDe", "labelEn")));
        badInput()
                .contentType("application/json")
                .body(Map.of("labelDe", "Jugendliche"))
                .post(LIST)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("code", "labelEn"));
    }

    @Test
    void listIsSortedByCodeAndPaged() {
        create(code("LIST_A"));
        api().queryParam("size", 200)
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.code", hasItem(startsWith("LIST_A")));
        List<String> codes =
                api().queryParam("size", 200).get(LIST).then().extract().path("items.code");
        assertThat(codes).isSorted();
        List<String> labels = api().queryParam("size", 200)
                .queryParam("sort", "-labelEn")
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .path("items.labelEn");
        assertThat(labels).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        badInput().queryParam("sort", "name").get(LIST).then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void deleteIsRefusedWhileANeedUsesTheTargetGroup() {
        String code = create(code("MIGRANTS"));
        String slug = Fixtures.area();
        Fixtures.need(slug, Fixtures.actionField(slug, "BQ"), "BQ-B1", code);

        api().header("If-Match", "\"0\"")
                .delete(ITEM, code)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("1 needs"));
        api().get(ITEM, code).then().statusCode(200);
    }

    @Test
    void deleteIsRefusedWhileAMeasureUsesTheTargetGroup() {
        String code = create(code("CHILDREN"));
        String slug = Fixtures.area();
        Map<String, Object> measure = Fixtures.measureBody("BQ-01", Fixtures.actionField(slug, "BQ"));
        measure.put("targetGroups", List.of(code));
        String measureId = Fixtures.measure(slug, measure);

        api().header("If-Match", "\"0\"")
                .delete(ITEM, code)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 measures"));

        measure.put("targetGroups", List.of());
        api().header("If-Match", "\"0\"")
                .body(measure)
                .put("/api/v1/areas/{slug}/measures/{id}", slug, measureId)
                .then()
                .statusCode(200);
        api().header("If-Match", "\"0\"").delete(ITEM, code).then().statusCode(204);
        api().get(ITEM, code).then().statusCode(404);
    }

    @Test
    void unusedTargetGroupCanBeDeleted() {
        String code = create(code("UNUSED"));
        api().delete(ITEM, code).then().statusCode(428);
        api().header("If-Match", "\"4\"")
                .delete(ITEM, code)
                .then()
                .statusCode(412)
                .header("ETag", "\"0\"");
        api().header("If-Match", "\"0\"").delete(ITEM, code).then().statusCode(204);
        api().get(ITEM, code)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString(code));
        api().header("If-Match", "\"0\"").delete(ITEM, code).then().statusCode(404);
        api().header("If-Match", "\"0\"")
                .body(body(code, "A", "B"))
                .put(ITEM, code)
                .then()
                .statusCode(404);
    }

    /** A code no other test uses, e.g. {@code YOUTH_1A2B3C4D}. */
    private static String code(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> body(String code, String labelDe, String labelEn) {
        return Map.of("code", code, "labelDe", labelDe, "labelEn", labelEn);
    }

    private static String create(String code) {
        api().body(body(code, "Gruppe " + code, "Group " + code))
                .post(LIST)
                .then()
                .statusCode(201);
        return code;
    }

    private static org.hamcrest.Matcher<String> startsWith(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }
}
