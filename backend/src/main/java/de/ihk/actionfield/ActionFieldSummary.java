package de.ihk.actionfield;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** How needs and measures show the action fields they belong to. */
public record ActionFieldSummary(UUID id, String code, String title, String color) {

    public static ActionFieldSummary of(ActionField f) {
        return new ActionFieldSummary(f.id, f.code, f.title, f.color);
    }

    public static List<ActionFieldSummary> of(Collection<ActionField> fields) {
        return fields.stream()
                .sorted(Comparator.comparingInt((ActionField f) -> f.position).thenComparing(f -> f.code))
                .map(ActionFieldSummary::of)
                .toList();
    }
}
