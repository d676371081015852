package de.ihk.testing;

import static de.ihk.testing.Api.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A published area with a little of everything, published and draft side by side: a published action field with a
 * published and a draft need, a draft action field, a published measure that answers both needs and names both fields,
 * a draft measure, a measure whose own status is published but whose action field is a draft, steps of each, and a
 * published presentation of the public and the draft measure next to a draft one, and a published indicator linked to
 * public and draft records next to a draft one. Every draft's text carries
 * {@link #marker}, so that a test can tell that it leaked.
 */
public final class Concept {

    public final String marker = "Entwurf" + UUID.randomUUID().toString().substring(0, 8);
    public final String slug;
    public final String actor;
    public final String committee;
    public final String edition;
    public final String targetGroup;
    public final String publicField;
    public final String draftField;
    public final String publicNeed;
    public final String draftNeed;
    public final String publicMeasure;
    public final String draftMeasure;
    /** Published itself, but its action field is a draft: not public. */
    public final String measureInDraftField;

    public final String publicStep;
    public final String draftMeasureStep;
    public final String publicPresentation;
    public final String draftPresentation;
    /** Published, linked to public and draft action fields, needs and measures. */
    public final String publicIndicator;

    public final String draftIndicator;

    public Concept() {
        slug = Fixtures.unique("concept");
        Map<String, Object> area = Fixtures.areaBody(slug, slug);
        area.put("publicationStatus", "PUBLISHED");
        api().body(area).post("/api/v1/areas").then().statusCode(201);
        actor = Fixtures.actor(slug, "Quartiersmanagement " + slug);
        committee = Fixtures.committee(slug, "Jugendhilfeausschuss " + slug);
        targetGroup = Fixtures.targetGroup("YOUTH");
        edition = post("editions", Map.of("label", "IHK 2022", "publishedOn", "2022-06-15"));

        publicField = post(
                "action-fields",
                published(Map.of("code", "PUB", "title", "Bildung", "position", 1, "color", "#336699")));
        draftField = post("action-fields", Map.of("code", "ENTW", "title", marker + " Handlungsfeld", "position", 2));
        publicNeed = post(
                "needs",
                published(Map.of(
                        "actionFieldId",
                        publicField,
                        "code",
                        "PUB-B1",
                        "title",
                        "Betreuung",
                        "priority",
                        "HIGH",
                        "targetGroups",
                        List.of(targetGroup))));
        draftNeed = post(
                "needs",
                Map.of(
                        "actionFieldId",
                        publicField,
                        "code",
                        "ENTW-B1",
                        "title",
                        marker + " Bedarf",
                        "priority",
                        "LOW"));

        Map<String, Object> measure = Fixtures.measureBody("PUB-M1", publicField);
        measure.put("title", "Lernwerkstatt");
        measure.put("needIds", List.of(publicNeed, draftNeed));
        measure.put("furtherActionFieldIds", List.of(draftField));
        measure.put("leadActorId", actor);
        measure.put("targetGroups", List.of(targetGroup));
        publicMeasure = post("measures", published(measure));
        Map<String, Object> draft = Fixtures.measureBody("ENTW-M1", publicField);
        draft.put("title", marker + " Maßnahme");
        draft.put("needIds", List.of(publicNeed));
        draftMeasure = post("measures", draft);
        Map<String, Object> hidden = Fixtures.measureBody("ENTW-M2", draftField);
        hidden.put("title", marker + " Maßnahme im Entwurfs-Handlungsfeld");
        measureInDraftField = post("measures", published(hidden));

        publicStep = post(
                "measures/" + publicMeasure + "/steps",
                Map.of(
                        "title",
                        "Räume finden",
                        "status",
                        "OPEN",
                        "dueDate",
                        "2027-01-15",
                        "responsibleActorId",
                        actor));
        draftMeasureStep =
                post("measures/" + draftMeasure + "/steps", Map.of("title", marker + " Schritt", "status", "OPEN"));

        publicPresentation = post(
                "presentations", published(presentation("Vorstellung des IHK", List.of(publicMeasure, draftMeasure))));
        draftPresentation = post("presentations", presentation(marker + " Vorstellung", List.of(publicMeasure)));

        publicIndicator = post(
                "indicators",
                published(indicator(
                        "Betreuungsquote",
                        List.of(publicField, draftField),
                        List.of(publicNeed, draftNeed),
                        List.of(publicMeasure, draftMeasure, measureInDraftField))));
        draftIndicator = post(
                "indicators",
                indicator(marker + " Indikator", List.of(publicField), List.of(publicNeed), List.of(publicMeasure)));
    }

    /** The ids of every record an anonymous reader must not see. */
    public List<String> draftIds() {
        return List.of(
                draftField,
                draftNeed,
                draftMeasure,
                measureInDraftField,
                draftMeasureStep,
                draftPresentation,
                draftIndicator);
    }

    /** The ids of the public records. */
    public List<String> publicIds() {
        return List.of(
                publicField,
                publicNeed,
                publicMeasure,
                publicStep,
                publicPresentation,
                publicIndicator,
                edition,
                actor,
                committee);
    }

    public String path(String collection, String id) {
        return "/api/v1/areas/" + slug + "/" + collection + "/" + id;
    }

    /** Replaces a record with a changed copy of its input (read back from the editors' representation). */
    public void put(String path, Map<String, Object> input) {
        api().header("If-Match", Fixtures.etag(path))
                .body(input)
                .put(path)
                .then()
                .statusCode(200);
    }

    private Map<String, Object> presentation(String title, List<String> measures) {
        Map<String, Object> body = new HashMap<>();
        body.put("committeeId", committee);
        body.put("date", "2027-06-15");
        body.put("title", title);
        body.put("status", "SCHEDULED");
        body.put("editionId", edition);
        body.put("presenterActorId", actor);
        body.put("measureIds", new ArrayList<>(measures));
        return body;
    }

    private static Map<String, Object> indicator(
            String name, List<String> actionFields, List<String> needs, List<String> measures) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("valueType", "PERCENT");
        body.put("values", List.of(Map.of("year", 2020, "value", 40), Map.of("year", 2024, "value", 47.5)));
        body.put("actionFieldIds", new ArrayList<>(actionFields));
        body.put("needIds", new ArrayList<>(needs));
        body.put("measureIds", new ArrayList<>(measures));
        return body;
    }

    private static Map<String, Object> published(Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("publicationStatus", "PUBLISHED");
        return copy;
    }

    private String post(String collection, Map<String, Object> body) {
        return api().body(body)
                .post("/api/v1/areas/" + slug + "/" + collection)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
