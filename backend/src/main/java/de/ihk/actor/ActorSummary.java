package de.ihk.actor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** How other records show the actors they name. */
public record ActorSummary(UUID id, String name, ActorKind kind) {

    public static ActorSummary of(Actor actor) {
        return actor == null ? null : new ActorSummary(actor.id, actor.name, actor.kind);
    }

    public static List<ActorSummary> of(Collection<Actor> actors) {
        return actors.stream()
                .sorted(Comparator.comparing(a -> a.name))
                .map(ActorSummary::of)
                .toList();
    }
}
