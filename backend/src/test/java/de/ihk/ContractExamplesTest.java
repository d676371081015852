package de.ihk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.ihk.common.ProblemType;
import de.ihk.testing.Api;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract's examples say what the API really answers, and its "Try it out" starts from a call that finds data. */
class ContractExamplesTest {

    private static JsonNode contract;

    @BeforeAll
    static void readContract() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
    }

    @Test
    void everyProblemExampleHasATypeTitleAndStatusTheApiAnswersWith() {
        List<String> wrong = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        walk(contract, "", (path, node) -> {
            if (node.isObject() && node.path("type").asText().startsWith("/problems/") && node.has("status")) {
                seen.add(path);
                ProblemType type = Arrays.stream(ProblemType.values())
                        .filter(t -> t.uri.equals(node.get("type").asText()))
                        .findFirst()
                        .orElse(null);
                if (type == null
                        || !type.title.equals(node.path("title").asText())
                        || type.status != node.path("status").asInt()) {
                    wrong.add(path + ": " + node.get("type").asText() + " / "
                            + node.path("title").asText() + " / "
                            + node.path("status").asInt());
                }
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(seen).hasSizeGreaterThan(15);
    }

    @Test
    void theProblemSchemaNamesEveryProblemType() {
        String description =
                contract.at("/components/schemas/Problem/description").asText();
        for (ProblemType type : ProblemType.values()) {
            assertThat(description).contains("`" + type.uri + "` " + type.title + " (" + type.status + ")");
        }
    }

    @Test
    void optionalQueryParametersHaveNoExampleThatTryItOutWouldFillIn() {
        List<String> prefilled = new ArrayList<>();
        walk(contract, "", (path, node) -> {
            if (node.isObject()
                    && "query".equals(node.path("in").asText())
                    && !node.path("required").asBoolean()
                    && (node.has("example") || node.has("examples"))) {
                prefilled.add(path + " " + node.path("name").asText());
            }
        });
        assertThat(prefilled).isEmpty();
    }

    private static void walk(JsonNode node, String path, BiConsumer<String, JsonNode> visit) {
        visit.accept(path, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "/" + field.getKey(), visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visit);
            }
        }
    }
}
