package de.ihk.integration;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A meeting (OParl {@code Meeting}) as the committee dates use it: start and end as date and time of day in
 * Europe/Berlin (whatever offset the server wrote), the location as one line, and the agenda items in their order.
 */
public record OparlMeeting(
        String id,
        String name,
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime time,
        LocalDate endDate,
        @JsonFormat(pattern = "HH:mm") LocalTime endTime,
        String location,
        boolean cancelled,
        String meetingState,
        String web,
        List<AgendaItem> agendaItems) {

    /** Where the committee dates are: the municipalities of OParl servers are German. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** An agenda item of the meeting (OParl {@code AgendaItem}). */
    public record AgendaItem(String id, String number, String name, String web) {}

    /** The meeting in {@code node}, which {@link OparlClient} read as a {@code Meeting} (deleted ones included). */
    public static OparlMeeting of(JsonNode node) {
        ZonedDateTime start = dateTime(node.path("start"));
        ZonedDateTime end = dateTime(node.path("end"));
        return new OparlMeeting(
                text(node, "id"),
                text(node, "name"),
                start == null ? null : start.toLocalDate(),
                start == null || isMidnightDateOnly(node.path("start")) ? null : start.toLocalTime(),
                end == null ? null : end.toLocalDate(),
                end == null || isMidnightDateOnly(node.path("end")) ? null : end.toLocalTime(),
                location(node.path("location")),
                node.path("cancelled").asBoolean(false),
                text(node, "meetingState"),
                text(node, "web"),
                agendaItems(node.path("agendaItem")));
    }

    private static List<AgendaItem> agendaItems(JsonNode items) {
        if (!items.isArray()) {
            return List.of(); // omitted (omit_internal) or a server of its own kind
        }
        List<JsonNode> nodes = new ArrayList<>();
        items.forEach(item -> {
            if (item.isObject() && !OparlClient.isDeleted(item) && text(item, "id") != null) {
                nodes.add(item);
            }
        });
        // OParl 1.1 orders by "order"; 1.0 has none, and then the list's order counts (the sort is stable).
        nodes.sort(Comparator.comparingInt(item -> item.path("order").asInt(Integer.MAX_VALUE)));
        return nodes.stream()
                .map(item ->
                        new AgendaItem(text(item, "id"), text(item, "number"), text(item, "name"), text(item, "web")))
                .toList();
    }

    /** The location's description, or else its address; null when the location is only a URL (OParl 1.0). */
    private static String location(JsonNode location) {
        if (!location.isObject()) {
            return null;
        }
        String description = text(location, "description");
        if (description != null) {
            return description;
        }
        String address = Stream.of("room", "streetAddress", "postalCode", "locality")
                .map(field -> text(location, field))
                .filter(value -> value != null)
                .collect(Collectors.joining(", "));
        return address.isEmpty() ? null : address;
    }

    /**
     * A date-time in Europe/Berlin: with an offset as OParl requires it, without one as local time there, or a bare
     * date; null when absent or unreadable.
     */
    static ZonedDateTime dateTime(JsonNode value) {
        String text = value.isTextual() ? value.asText().strip() : "";
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZONE);
            }
            if (text.matches(".*T.*[+-]\\d\\d$")) {
                text += ":00"; // +01
            } else if (text.matches(".*T.*[+-]\\d{4}$")) {
                text = text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2); // +0100
            }
            if (text.endsWith("Z") || text.matches(".*T.*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).atZoneSameInstant(ZONE);
            }
            return LocalDateTime.parse(text).atZone(ZONE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isMidnightDateOnly(JsonNode value) {
        return value.isTextual() && value.asText().strip().length() == 10;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() || text.equals("N/A") ? null : text;
    }
}
