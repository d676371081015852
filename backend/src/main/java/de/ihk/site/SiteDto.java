package de.ihk.site;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The operator details of the installation as the imprint and the accessibility statement show them. */
public record SiteDto(
        String operator,
        List<String> address,
        String representedBy,
        String email,
        String phone,
        String contentResponsible,
        String accessibilityEmail,
        String enforcementBody,
        String mapTileUrl,
        String mapAttribution) {

    static SiteDto of(SiteSettings s) {
        String email = text(s.email());
        String accessibilityEmail = text(s.accessibilityEmail());
        return new SiteDto(
                text(s.operator()),
                s.address()
                        .map(a -> Arrays.stream(a.split(";"))
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .toList())
                        .orElse(List.of()),
                text(s.representedBy()),
                email,
                text(s.phone()),
                text(s.contentResponsible()),
                accessibilityEmail != null ? accessibilityEmail : email,
                text(s.enforcementBody()),
                text(s.mapTileUrl()),
                text(s.mapAttribution()));
    }

    private static String text(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}
