package de.ihk.edition;

import java.util.UUID;

/** How a presentation shows the edition it presented. */
public record EditionSummary(UUID id, String label) {

    public static EditionSummary of(Edition e) {
        return e == null ? null : new EditionSummary(e.id, e.label);
    }
}
