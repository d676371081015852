package de.ihk.need;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** How a measure shows the needs it answers. */
public record NeedSummary(UUID id, String code, String title) {

    public static List<NeedSummary> of(Collection<Need> needs) {
        return needs.stream()
                .sorted(Comparator.comparing(n -> n.code))
                .map(n -> new NeedSummary(n.id, n.code, n.title))
                .toList();
    }
}
