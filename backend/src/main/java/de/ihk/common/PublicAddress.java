package de.ihk.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address readers reach the application at, for the absolute links it writes (calendar feeds, the open data
 * catalogue): {@code PUBLIC_URL}, or else the address the request came to.
 */
@ApplicationScoped
public class PublicAddress {

    @ConfigProperty(name = "ihk.public-url")
    Optional<String> publicUrl;

    /** The base address without a trailing slash, e.g. {@code https://ihk.osnabrueck.de}. */
    public String of(String requestBase) {
        return publicUrl.filter(u -> !u.isBlank()).orElse(requestBase).replaceAll("/+$", "");
    }
}
