package de.ihk.opendata;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to start with open data settings the catalogue could not state correctly (an address that is not an
 * absolute IRI, a contact point without e-mail or web address), naming the setting, rather than publishing a broken
 * catalogue.
 */
@ApplicationScoped
class OpenDataSettingsCheck {

    void check(@Observes StartupEvent start, OpenDataSettings settings) {
        List<String> problems = problems(settings);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Open data settings: " + String.join("; ", problems));
        }
    }

    static List<String> problems(OpenDataSettings s) {
        List<String> problems = new ArrayList<>();
        iri(
                problems,
                "ihk.open-data.publisher.uri (OPEN_DATA_PUBLISHER_URI)",
                s.publisher().uri());
        iri(
                problems,
                "ihk.open-data.publisher.type (OPEN_DATA_PUBLISHER_TYPE)",
                Optional.of(s.publisher().type()));
        iri(
                problems,
                "ihk.open-data.contact.url (OPEN_DATA_CONTACT_URL)",
                s.contact().url());
        iri(
                problems,
                "ihk.open-data.license.uri (OPEN_DATA_LICENSE_URI)",
                Optional.of(s.license().uri()));
        iri(
                problems,
                "ihk.open-data.license.url (OPEN_DATA_LICENSE_URL)",
                Optional.of(s.license().url()));
        iri(
                problems,
                "ihk.open-data.spatial.uri (OPEN_DATA_SPATIAL_URI)",
                Optional.of(s.spatial().uri()));
        iri(
                problems,
                "ihk.open-data.spatial.level-uri (OPEN_DATA_SPATIAL_LEVEL_URI)",
                Optional.of(s.spatial().levelUri()));
        s.contact()
                .email()
                .filter(e -> !e.matches("[^@\\s:]+@[^@\\s]+"))
                .ifPresent(e -> problems.add(
                        "ihk.open-data.contact.email (OPEN_DATA_CONTACT_EMAIL) '" + e + "' is not an e-mail address"));
        if (s.contact().email().isEmpty() && s.contact().url().isEmpty()) {
            problems.add("the contact point needs an e-mail address (OPEN_DATA_CONTACT_EMAIL) or a web address"
                    + " (OPEN_DATA_CONTACT_URL)");
        }
        s.contributorId()
                .filter(id -> !id.matches("[A-Za-z0-9._~-]+") && !absolute(id))
                .ifPresent(id -> problems.add("ihk.open-data.contributor-id (OPEN_DATA_CONTRIBUTOR_ID) '" + id
                        + "' is neither a GovData contributor id nor an IRI"));
        return problems;
    }

    private static void iri(List<String> problems, String setting, Optional<String> value) {
        value.filter(v -> !absolute(v))
                .ifPresent(v -> problems.add(setting + " '" + v + "' is not an absolute http(s) address"));
    }

    private static boolean absolute(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && !value.contains(" ");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
