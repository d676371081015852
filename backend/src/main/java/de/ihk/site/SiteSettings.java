package de.ihk.site;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Who runs this installation, for the imprint and the accessibility statement (docs/operations.md#operator-details).
 * Every value is optional; what is not set is left out of those pages.
 */
@ConfigMapping(prefix = "ihk.site")
public interface SiteSettings {

    /** The body that offers the site, e.g. "Stadt Osnabrück". */
    Optional<String> operator();

    /** Its postal address, lines separated by ";". */
    Optional<String> address();

    /** Who represents it by law, e.g. "die Oberbürgermeisterin". */
    Optional<String> representedBy();

    Optional<String> email();

    Optional<String> phone();

    /** Who is responsible for the content (name and address), e.g. the quarter management. */
    Optional<String> contentResponsible();

    /** Where readers report barriers; the e-mail above when not set. */
    Optional<String> accessibilityEmail();

    /** The enforcement body of the state for accessibility complaints (name, address, website). */
    Optional<String> enforcementBody();

    /**
     * URL template of the maps' background tiles ({z}, {x}, {y}, optionally {s}); none: the maps draw boundaries and
     * markers on a plain background. Its origin is allowed as an image source by the content security policy.
     */
    Optional<String> mapTileUrl();

    /** The attribution the tile provider requires, shown on the maps. */
    Optional<String> mapAttribution();
}
