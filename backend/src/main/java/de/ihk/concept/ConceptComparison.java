package de.ihk.concept;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ihk.concept.ConceptContent.ActionFieldPart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What changed between two states of a concept: action fields, needs and measures added, removed and changed, matched
 * by id (a renamed measure is changed, not removed and added), each change with its fields before and after. References
 * are compared by what a reader sees of them (codes), not by ids.
 */
public record ConceptComparison(
        Side from, Side to, Counts counts, Section actionFields, Section needs, Section measures) {

    /** One side of the comparison: an edition, or the live concept ({@code to=current}, without id). */
    public record Side(UUID id, String label, String status, LocalDate adoptedOn, boolean live) {}

    public record Counts(Count actionFields, Count needs, Count measures) {}

    public record Count(int added, int removed, int changed) {}

    public record Section(List<Item> added, List<Item> removed, List<Item> changed) {
        Count count() {
            return new Count(added.size(), removed.size(), changed.size());
        }
    }

    /** A record that was added, removed or changed; {@code actionField} is the one it belongs to (for needs and measures). */
    public record Item(UUID id, String code, String title, FieldRef actionField, List<FieldChange> changes) {}

    public record FieldRef(UUID id, String code, String title) {}

    public record FieldChange(String field, JsonNode before, JsonNode after) {}

    static ConceptComparison of(ObjectMapper json, Side fromSide, ConceptContent from, Side toSide, ConceptContent to) {
        View a = new View(json, from);
        View b = new View(json, to);
        Section fields = compare(a.fields, b.fields, a, b);
        Section needs = compare(a.needs, b.needs, a, b);
        Section measures = compare(a.measures, b.measures, a, b);
        return new ConceptComparison(
                fromSide, toSide, new Counts(fields.count(), needs.count(), measures.count()), fields, needs, measures);
    }

    private static Section compare(Map<UUID, ObjectNode> before, Map<UUID, ObjectNode> after, View a, View b) {
        List<Item> added = new ArrayList<>();
        List<Item> removed = new ArrayList<>();
        List<Item> changed = new ArrayList<>();
        after.forEach((id, node) -> {
            ObjectNode old = before.get(id);
            if (old == null) {
                added.add(b.item(id, node, List.of()));
            } else {
                List<FieldChange> changes = changes(old, node);
                if (!changes.isEmpty()) {
                    changed.add(b.item(id, node, changes));
                }
            }
        });
        before.forEach((id, node) -> {
            if (!after.containsKey(id)) {
                removed.add(a.item(id, node, List.of()));
            }
        });
        return new Section(added, removed, changed);
    }

    private static List<FieldChange> changes(ObjectNode before, ObjectNode after) {
        List<FieldChange> changes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        after.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(n -> {
            if (!names.contains(n)) {
                names.add(n);
            }
        });
        for (String name : names) {
            JsonNode was = before.path(name);
            JsonNode is = after.path(name);
            if (!name.equals("id") && !was.equals(is)) {
                changes.add(new FieldChange(name, was.isMissingNode() ? null : was, is.isMissingNode() ? null : is));
            }
        }
        return changes;
    }

    /** A concept as JSON objects by id, with references replaced by the codes a reader sees. */
    private static final class View {
        final Map<UUID, ActionFieldPart> fieldParts = new LinkedHashMap<>();
        final Map<UUID, ObjectNode> fields = new LinkedHashMap<>();
        final Map<UUID, ObjectNode> needs = new LinkedHashMap<>();
        final Map<UUID, ObjectNode> measures = new LinkedHashMap<>();

        View(ObjectMapper json, ConceptContent c) {
            Map<UUID, String> fieldCodes = new LinkedHashMap<>();
            Map<UUID, String> needCodes = new LinkedHashMap<>();
            Map<UUID, String> measureCodes = new LinkedHashMap<>();
            c.actionFields().forEach(f -> {
                fieldParts.put(f.id(), f);
                fieldCodes.put(f.id(), f.code());
            });
            c.needs().forEach(n -> needCodes.put(n.id(), n.code()));
            c.measures().forEach(m -> measureCodes.put(m.id(), m.code()));
            c.actionFields().forEach(f -> fields.put(f.id(), json.valueToTree(f)));
            c.needs().forEach(n -> {
                ObjectNode node = json.valueToTree(n);
                replace(node, "actionFieldId", "actionField", fieldCodes);
                replace(node, "measureIds", "measures", measureCodes);
                needs.put(n.id(), node);
            });
            c.measures().forEach(m -> {
                ObjectNode node = json.valueToTree(m);
                replace(node, "actionFieldId", "actionField", fieldCodes);
                replace(node, "furtherActionFieldIds", "furtherActionFields", fieldCodes);
                replace(node, "needIds", "needs", needCodes);
                measures.put(m.id(), node);
            });
        }

        /** Replaces an id (or a list of ids) by the code(s) it names, keeping the field's place. */
        private static void replace(ObjectNode node, String idField, String codeField, Map<UUID, String> codes) {
            Function<JsonNode, JsonNode> code =
                    id -> node.textNode(codes.getOrDefault(UUID.fromString(id.asText()), id.asText()));
            JsonNode ids = node.get(idField);
            ObjectNode copy = node.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals(idField)) {
                    copy.set(field.getKey(), field.getValue());
                } else if (ids != null && ids.isArray()) {
                    ArrayNode list = copy.putArray(codeField);
                    ids.forEach(id -> list.add(code.apply(id)));
                } else {
                    copy.set(codeField, ids == null || ids.isNull() ? node.nullNode() : code.apply(ids));
                }
            }
            node.removeAll();
            node.setAll(copy);
        }

        Item item(UUID id, ObjectNode node, List<FieldChange> changes) {
            FieldRef field = null;
            if (!fields.containsKey(id)) {
                String code = node.path("actionField").asText(null);
                field = fieldParts.values().stream()
                        .filter(f -> f.code().equals(code))
                        .findFirst()
                        .map(f -> new FieldRef(f.id(), f.code(), f.title()))
                        .orElse(null);
            }
            return new Item(
                    id, node.path("code").asText(null), node.path("title").asText(null), field, changes);
        }
    }
}
