package de.ihk.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** "Today" for upcoming dates and due steps is the local date of German municipalities. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Berlin"));
    }
}
