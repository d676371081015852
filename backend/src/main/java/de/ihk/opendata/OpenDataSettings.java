package de.ihk.opendata;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Who publishes the open data and under which terms (see docs/operations.md#open-data): the municipality as publisher,
 * the contact point, the licence and the area covered, as the DCAT-AP.de catalogue and the open data page state them.
 * Defaults (application.properties) describe the demo installation of the City of Osnabrück.
 */
@ConfigMapping(prefix = "ihk.open-data")
public interface OpenDataSettings {

    /** The publisher ({@code dcterms:publisher}, a {@code foaf:Agent}). */
    Publisher publisher();

    /** The contact point ({@code dcat:contactPoint}, a vCard); needs an e-mail address or a web address. */
    Contact contact();

    License license();

    Spatial spatial();

    /**
     * The data provider id GovData assigned ({@code dcatde:contributorID}); only for direct delivery to GovData. A bare
     * id becomes {@code http://dcat-ap.de/def/contributors/<id>}.
     */
    Optional<String> contributorId();

    /** Title of the catalogue; by default "Integrierte Handlungskonzepte – " and the publisher's name. */
    Optional<String> catalogTitle();

    interface Publisher {
        String name();

        /** An IRI for the publisher, e.g. its web site; without it the catalogue names it with an IRI of its own. */
        Optional<String> uri();

        /** The kind of publisher ({@code dcterms:type}), from the ADMS publisher types. */
        String type();
    }

    interface Contact {
        String name();

        Optional<String> email();

        Optional<String> url();
    }

    interface License {
        /** The licence's IRI in the DCAT-AP.de licence list, e.g. {@code http://dcat-ap.de/def/licenses/dl-by-de/2.0}. */
        String uri();

        String name();

        /** The licence text for people. */
        String url();

        /** The attribution the licence asks for ({@code dcatde:licenseAttributionByText}); the publisher's name by default. */
        Optional<String> attribution();

        /** A note on the open data page that explains in a sentence or two what the licence allows. */
        Optional<String> note();
    }

    interface Spatial {
        /** The area covered: a political geocoding IRI of DCAT-AP.de (municipality or regional key). */
        String uri();

        /** The level of that area, e.g. {@code http://dcat-ap.de/def/politicalGeocoding/Level/municipality}. */
        String levelUri();
    }
}
