package de.ihk.committee;

import java.util.UUID;

/** How a presentation shows its committee. */
public record CommitteeSummary(UUID id, String name, String shortName) {

    public static CommitteeSummary of(Committee c) {
        return new CommitteeSummary(c.id, c.name, c.shortName);
    }
}
