package de.ihk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.ihk.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract the backend serves is exactly the committed openapi.yaml. */
@QuarkusTest
class ContractTest {

    @Test
    void servedDescriptionIsTheCommittedContract() throws IOException {
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        String served = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode servedTree = new ObjectMapper().readTree(served);

        List<String> differences = new ArrayList<>();
        diff("", committed, servedTree, differences);
        assertThat(differences)
                .as("differences between openapi.yaml and /q/openapi")
                .isEmpty();
    }

    @Test
    void contractDeclaresOpenApi303SoThatBodiesAreValidated() throws IOException {
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        assertThat(committed.path("openapi").asText()).isEqualTo("3.0.3");
    }

    @Test
    void interactiveDocumentationIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (differences.size() > 20) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = actual.get(field.getKey());
                if (other == null) {
                    differences.add(path + "/" + field.getKey() + " is missing from the served document");
                } else {
                    diff(path + "/" + field.getKey(), field.getValue(), other, differences);
                }
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    differences.add(path + "/" + name + " is served but not in openapi.yaml");
                }
            });
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(path + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(path + ": " + expected + " != " + actual);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": " + abbreviate(expected) + " != " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
