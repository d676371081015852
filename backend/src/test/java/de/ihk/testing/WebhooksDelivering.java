package de.ihk.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The tests of webhook delivery: the dispatcher runs, as in every installation. The other tests run without it, so
 * that its polling adds no statements to those that count them (each profile restarts Quarkus).
 */
public class WebhooksDelivering implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ihk.webhooks.dispatch", "true");
    }
}
