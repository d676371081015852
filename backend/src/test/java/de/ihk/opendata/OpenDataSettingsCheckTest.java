package de.ihk.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings the catalogue could not state correctly stop the start, naming the setting. */
class OpenDataSettingsCheckTest {

    @Test
    void theDefaultsOfTheDemoInstallationPass() {
        assertThat(OpenDataSettingsCheck.problems(settings(
                        "https://www.osnabrueck.de/", Optional.empty(), Optional.of("https://www.osnabrueck.de/"))))
                .isEmpty();
    }

    @Test
    void aRelativeAddressAndAContactWithoutAWayToReachItAreRefused() {
        assertThat(OpenDataSettingsCheck.problems(settings("www.osnabrueck.de", Optional.empty(), Optional.empty())))
                .containsExactly(
                        "ihk.open-data.publisher.uri (OPEN_DATA_PUBLISHER_URI) 'www.osnabrueck.de' is not an absolute"
                                + " http(s) address",
                        "the contact point needs an e-mail address (OPEN_DATA_CONTACT_EMAIL) or a web address"
                                + " (OPEN_DATA_CONTACT_URL)");
        assertThat(OpenDataSettingsCheck.problems(
                        settings("https://www.osnabrueck.de/", Optional.of("staedtebau"), Optional.empty())))
                .containsExactly("ihk.open-data.contact.email (OPEN_DATA_CONTACT_EMAIL) 'staedtebau' is not an e-mail"
                        + " address");
    }

    private static OpenDataSettings settings(String publisherUri, Optional<String> email, Optional<String> url) {
        return new OpenDataSettings() {
            @Override
            public Publisher publisher() {
                return new Publisher() {
                    @Override
                    public String name() {
                        return "Stadt Osnabrück";
                    }

                    @Override
                    public Optional<String> uri() {
                        return Optional.of(publisherUri);
                    }

                    @Override
                    public String type() {
                        return "http://purl.org/adms/publishertype/LocalAuthority";
                    }
                };
            }

            @Override
            public Contact contact() {
                return new Contact() {
                    @Override
                    public String name() {
                        return "Fachbereich Städtebau";
                    }

                    @Override
                    public Optional<String> email() {
                        return email;
                    }

                    @Override
                    public Optional<String> url() {
                        return url;
                    }
                };
            }

            @Override
            public License license() {
                return new License() {
                    @Override
                    public String uri() {
                        return "http://dcat-ap.de/def/licenses/dl-by-de/2.0";
                    }

                    @Override
                    public String name() {
                        return "Datenlizenz Deutschland – Namensnennung – Version 2.0";
                    }

                    @Override
                    public String url() {
                        return "https://www.govdata.de/dl-de/by-2-0";
                    }

                    @Override
                    public Optional<String> attribution() {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<String> note() {
                        return Optional.empty();
                    }
                };
            }

            @Override
            public Spatial spatial() {
                return new Spatial() {
                    @Override
                    public String uri() {
                        return "http://dcat-ap.de/def/politicalGeocoding/regionalKey/034040000000";
                    }

                    @Override
                    public String levelUri() {
                        return "http://dcat-ap.de/def/politicalGeocoding/Level/municipality";
                    }
                };
            }

            @Override
            public Optional<String> contributorId() {
                return Optional.empty();
            }

            @Override
            public Optional<String> catalogTitle() {
                return Optional.empty();
            }
        };
    }
}
