package de.ihk.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The settings of an installation behind a TLS-terminating reverse proxy, set through the same variables a deployer
 * uses: forwarded headers trusted from the local proxy, CORS for one partner site, the city's site allowed to frame the embeds, JSON logs and the access log. One of
 * the two extra profiles of the tests (each profile restarts Quarkus).
 */
public class ProductionLike implements QuarkusTestProfile {

    public static final String PARTNER = "https://partner.example.org";

    /** The city's web site, which embeds the concept. */
    public static final String CITY_SITE = "https://www.stadt.example.de";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "PROXY_FORWARDING", "true",
                "TRUSTED_PROXIES", "127.0.0.0/8,::1",
                "CORS_ORIGINS", PARTNER,
                "FRAME_ANCESTORS", CITY_SITE,
                "LOG_FORMAT", "json",
                "quarkus.http.access-log.enabled", "true");
    }
}
