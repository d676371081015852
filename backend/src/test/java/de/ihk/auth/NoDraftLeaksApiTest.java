package de.ihk.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.ihk.testing.Api;
import de.ihk.testing.Concept;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * No anonymous read shows a draft: every GET operation of the contract is called without credentials, with every
 * path parameter set to each public and each draft record of its kind and each query parameter in turn set to draft
 * ids, the drafts' marker text and the editors' filters. No answer may name a draft (its id or its text), and
 * filtering by a draft must answer as filtering by a record that does not exist.
 */
@QuarkusTest
class NoDraftLeaksApiTest {

    /** Query parameters that select by a record: each is tried with every draft id. */
    private static final String UNKNOWN = UUID.randomUUID().toString();

    private static final Set<String> RECORD_FILTERS =
            Set.of("actionField", "need", "measure", "actor", "committee", "edition");

    @Test
    void noAnonymousReadOfTheContractShowsADraft() throws IOException {
        Concept concept = new Concept();
        List<String> calls = calls(concept);
        List<String> leaks = new ArrayList<>();
        int answered = 0;
        for (String call : calls) {
            Response response =
                    given().filter(Api.RESPONSES_ONLY).accept(Api.ACCEPT).get(call);
            String body = response.asString();
            if (response.statusCode() == 200) {
                answered++;
            }
            if (response.statusCode() >= 500) {
                leaks.add(call + " answered " + response.statusCode());
            }
            if (body.contains(concept.marker)) {
                leaks.add(call + " shows a draft's text");
            }
            // a refusal may repeat the id the call named; any other draft id in the answer is a leak
            concept.draftIds().stream()
                    .filter(id -> !call.contains(id) && body.contains(id))
                    .forEach(id -> leaks.add(call + " names draft " + id));
            // filtering by a draft answers as filtering by a record that does not exist
            for (String id : concept.draftIds()) {
                if (call.contains("=" + id)) {
                    String unknown = given().filter(Api.RESPONSES_ONLY)
                            .accept(Api.ACCEPT)
                            .get(call.replace(id, UNKNOWN))
                            .asString();
                    if (!unknown.equals(body.replace(id, UNKNOWN))) {
                        leaks.add(call + " answers otherwise than for a record that does not exist");
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(calls).as("calls made from the contract").hasSizeGreaterThan(100);
        assertThat(answered).as("calls answered with 200").isGreaterThan(40);
    }

    /** Every GET of the contract, with each value of each parameter that could point at a draft. */
    private static List<String> calls(Concept concept) throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        List<String> calls = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            for (String target : targets(path.getKey(), concept)) {
                calls.add(target);
                for (String query : queries(parameters(contract, get), concept)) {
                    calls.add(target + "?" + query);
                }
            }
        }
        return calls;
    }

    /** The path with its parameters filled in, once for each record of the kind the path addresses. */
    private static List<String> targets(String template, Concept concept) {
        List<String> targets = new ArrayList<>();
        targets.add(template.replace("{slug}", concept.slug));
        targets = expand(targets, "{stepId}", List.of(concept.publicStep, concept.draftMeasureStep));
        if (template.contains("/steps")) {
            targets = expand(
                    targets, "{id}", List.of(concept.publicMeasure, concept.draftMeasure, concept.measureInDraftField));
        }
        Map<String, List<String>> byCollection = new LinkedHashMap<>();
        byCollection.put("/action-fields/{id}", List.of(concept.publicField, concept.draftField));
        byCollection.put("/needs/{id}", List.of(concept.publicNeed, concept.draftNeed));
        byCollection.put(
                "/measures/{id}", List.of(concept.publicMeasure, concept.draftMeasure, concept.measureInDraftField));
        byCollection.put("/presentations/{id}", List.of(concept.publicPresentation, concept.draftPresentation));
        byCollection.put("/indicators/{id}", List.of(concept.publicIndicator, concept.draftIndicator));
        byCollection.put("/editions/{id}", List.of(concept.edition));
        byCollection.put("/actors/{id}", List.of(concept.actor));
        byCollection.put("/committees/{id}", List.of(concept.committee));
        byCollection.put("/target-groups/{code}", List.of(concept.targetGroup));
        for (Map.Entry<String, List<String>> collection : byCollection.entrySet()) {
            if (template.contains(collection.getKey())) {
                String parameter =
                        collection.getKey().substring(collection.getKey().lastIndexOf('/') + 1);
                targets = expand(targets, parameter, collection.getValue());
            }
        }
        return expand(targets, "{id}", List.of(UUID.randomUUID().toString())); // accounts and tokens
    }

    private static List<String> expand(List<String> targets, String parameter, List<String> values) {
        List<String> expanded = new ArrayList<>();
        for (String target : targets) {
            if (target.contains(parameter)) {
                values.forEach(value -> expanded.add(target.replace(parameter, value)));
            } else {
                expanded.add(target);
            }
        }
        return expanded;
    }

    /** One query per parameter and value that could select or reveal a draft. */
    private static List<String> queries(List<String> parameters, Concept concept) {
        List<String> queries = new ArrayList<>();
        for (String parameter : parameters) {
            if (RECORD_FILTERS.contains(parameter)) {
                concept.draftIds().forEach(id -> queries.add(parameter + "=" + id));
            }
            switch (parameter) {
                case "q" -> queries.add("q=" + concept.marker);
                case "publicationStatus" -> queries.add("publicationStatus=DRAFT");
                case "area" -> queries.add("area=" + concept.slug);
                case "uncovered" -> queries.addAll(List.of("uncovered=true", "uncovered=false"));
                case "upcoming" -> queries.add("upcoming=true");
                case "targetGroup" -> queries.add("targetGroup=" + concept.targetGroup);
                default -> {}
            }
        }
        if (parameters.contains("q") && parameters.contains("area")) {
            queries.add("q=" + concept.marker + "&area=" + concept.slug);
        }
        return queries;
    }

    private static List<String> parameters(JsonNode contract, JsonNode operation) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = parameter.has("$ref")
                    ? contract.at(parameter.get("$ref").asText().substring(1))
                    : parameter;
            if ("query".equals(resolved.path("in").asText())) {
                names.add(resolved.get("name").asText());
            }
        }
        return names;
    }
}
