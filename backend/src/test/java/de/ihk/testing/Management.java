package de.ihk.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests to the management port (health, metrics), which the tests bind to a free port of their own. */
public final class Management {

    private Management() {}

    public static RequestSpecification given() {
        URI uri = URI.create(ConfigProvider.getConfig().getValue("test.management.url", String.class));
        return RestAssured.given()
                .baseUri(uri.getScheme() + "://" + uri.getHost())
                .port(uri.getPort());
    }
}
