package de.ihk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * GeoJSON geometries (RFC 7946) of areas and measures, checked here because the database has no spatial extension:
 * the type is one of those the field allows, positions are [longitude, latitude] (an optional altitude is dropped)
 * within WGS 84's ranges, polygon rings are closed and have at least four positions, and a geometry has at most
 * {@value #MAX_POSITIONS} positions. A valid geometry is kept as {@code {"type": …, "coordinates": …}} and nothing
 * else.
 */
public final class GeoJson {

    public static final int MAX_POSITIONS = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJson() {}

    /**
     * The geometry as it is stored (compact JSON text), or null for none; adds what is wrong with it to {@code
     * errors} (naming {@code field}) and returns null then.
     */
    public static String checked(JsonNode value, String field, Set<String> types, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            return null;
        }
        String allowed = String.join(" or ", types.stream().sorted().toList());
        if (!value.isObject()) {
            errors.add(new FieldError(field, "Must be a GeoJSON geometry object (" + allowed + ") or null."));
            return null;
        }
        JsonNode type = value.get("type");
        if (type == null || !type.isTextual() || !types.contains(type.asText())) {
            String given = type != null && type.isTextual() ? " not " + type.asText() : "";
            errors.add(new FieldError(
                    field,
                    "Must be a GeoJSON geometry of type " + allowed + given
                            + " (a Feature's geometry, not the Feature)."));
            return null;
        }
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("type") && !name.equals("coordinates") && !name.equals("bbox")) {
                errors.add(new FieldError(field + "." + name, "Is not a member of a GeoJSON geometry."));
                return null;
            }
        }
        Checker checker = new Checker(field + ".coordinates");
        JsonNode coordinates = value.get("coordinates");
        ArrayNode normalized = switch (type.asText()) {
            case "Point" -> checker.position(coordinates, checker.path);
            case "Polygon" -> checker.polygon(coordinates, checker.path);
            case "MultiPolygon" -> checker.multiPolygon(coordinates);
            default -> throw new IllegalArgumentException("Unsupported GeoJSON type " + type.asText());
        };
        if (checker.problem != null) {
            errors.add(checker.problem);
            return null;
        }
        ObjectNode geometry = JsonNodeFactory.instance.objectNode();
        geometry.put("type", type.asText());
        geometry.set("coordinates", normalized);
        return geometry.toString();
    }

    /** The stored geometry as JSON, for representations; null for none. */
    public static JsonNode parse(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored geometry is not JSON", e);
        }
    }

    /** Walks the coordinates, counting positions and keeping the first problem. */
    private static final class Checker {

        final String path;
        FieldError problem;
        int positions;

        Checker(String path) {
            this.path = path;
        }

        ArrayNode fail(String at, String message) {
            if (problem == null) {
                problem = new FieldError(at, message);
            }
            return null;
        }

        ArrayNode position(JsonNode node, String at) {
            if (node == null || !node.isArray() || node.size() < 2 || node.size() > 3) {
                return fail(at, "Must be a position [longitude, latitude].");
            }
            for (JsonNode n : node) {
                if (!n.isNumber()) {
                    return fail(at, "Must be a position of numbers [longitude, latitude].");
                }
            }
            double lon = node.get(0).asDouble();
            double lat = node.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180)) {
                return fail(at, "The longitude " + node.get(0) + " is outside -180 to 180.");
            }
            if (!(lat >= -90 && lat <= 90)) {
                return fail(at, "The latitude " + node.get(1) + " is outside -90 to 90.");
            }
            if (++positions > MAX_POSITIONS) {
                return fail(path, "A geometry may have at most " + MAX_POSITIONS + " positions.");
            }
            ArrayNode result = JsonNodeFactory.instance.arrayNode(2);
            result.add(node.get(0).decimalValue());
            result.add(node.get(1).decimalValue());
            return result;
        }

        ArrayNode polygon(JsonNode node, String at) {
            if (node == null || !node.isArray() || node.isEmpty()) {
                return fail(at, "Must be a list of linear rings (the outer ring first, then holes).");
            }
            ArrayNode rings = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size() && problem == null; i++) {
                rings.add(ring(node.get(i), at + "[" + i + "]"));
            }
            return problem == null ? rings : null;
        }

        ArrayNode ring(JsonNode node, String at) {
            if (node == null || !node.isArray() || node.size() < 4) {
                return fail(at, "A linear ring must have at least 4 positions, the last equal to the first.");
            }
            ArrayNode ring = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size() && problem == null; i++) {
                ring.add(position(node.get(i), at + "[" + i + "]"));
            }
            if (problem == null && !sameLonLat(ring.get(0), ring.get(ring.size() - 1))) {
                return fail(at, "The ring is not closed: its last position must equal its first.");
            }
            return problem == null ? ring : null;
        }

        ArrayNode multiPolygon(JsonNode node) {
            if (node == null || !node.isArray() || node.isEmpty()) {
                return fail(path, "Must be a list of polygons.");
            }
            ArrayNode polygons = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size() && problem == null; i++) {
                polygons.add(polygon(node.get(i), path + "[" + i + "]"));
            }
            return problem == null ? polygons : null;
        }

        private static boolean sameLonLat(JsonNode a, JsonNode b) {
            return a.get(0).decimalValue().compareTo(b.get(0).decimalValue()) == 0
                    && a.get(1).decimalValue().compareTo(b.get(1).decimalValue()) == 0;
        }
    }
}
