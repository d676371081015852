package de.ihk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The preload hints of the app's pages, read from a build manifest of the shape Vite writes. */
class PageHintsTest {

    private static final String MANIFEST = """
            {
              "index.html": {"file": "assets/index-1.js", "isEntry": true, "imports": ["_shared-1.js"]},
              "_shared-1.js": {"file": "assets/shared-1.js"},
              "_format-1.js": {"file": "assets/format-1.js", "imports": ["_shared-1.js"]},
              "_chart-1.js": {"file": "assets/chart-1.js", "imports": ["_format-1.js"]},
              "src/app/routes/area.tsx": {"file": "assets/area-1.js", "isDynamicEntry": true,
                "imports": ["_shared-1.js", "_chart-1.js", "index.html"],
                "dynamicImports": ["src/features/map/components/area-map-section.tsx"]},
              "src/features/map/components/area-map-section.tsx": {"file": "assets/map-1.js"}
            }""";

    private static PageHints hints() throws IOException {
        return PageHints.of(new ByteArrayInputStream(MANIFEST.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAreaPagePreloadsItsOverviewAndItsRoutesCodeButNotWhatTheEntryLoadsOrWhatLoadsLater() throws IOException {
        assertThat(hints().linksFor("/areas/schinkel"))
                .isEqualTo("<link rel=\"preload\" as=\"fetch\" crossorigin=\"use-credentials\""
                        + " href=\"/api/v1/areas/schinkel/overview\">"
                        + "<link rel=\"modulepreload\" crossorigin href=\"/assets/area-1.js\">"
                        + "<link rel=\"modulepreload\" crossorigin href=\"/assets/chart-1.js\">"
                        + "<link rel=\"modulepreload\" crossorigin href=\"/assets/format-1.js\">");
    }

    @Test
    void theAreaPageInEnglishAndInLeichteSpracheHasTheSameHints() throws IOException {
        PageHints hints = hints();
        assertThat(hints.linksFor("/en/areas/schinkel/")).isEqualTo(hints.linksFor("/areas/schinkel"));
        assertThat(hints.linksFor("/ls/areas/schinkel")).isEqualTo(hints.linksFor("/areas/schinkel"));
    }

    @Test
    void otherPagesAndPathsThatAreNoSlugHaveNone() throws IOException {
        PageHints hints = hints();
        assertThat(hints.linksFor("/areas/schinkel/measures")).isEmpty();
        assertThat(hints.linksFor("/")).isEmpty();
        assertThat(hints.linksFor("/areas/\"><script>")).isEmpty();
        assertThat(hints.linksFor("/areas/Schinkel")).isEmpty();
    }

    @Test
    void withoutTheRoutesCodeInTheManifestOnlyTheDataIsPreloaded() throws IOException {
        PageHints hints = PageHints.of(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(hints.linksFor("/areas/schinkel"))
                .isEqualTo("<link rel=\"preload\" as=\"fetch\" crossorigin=\"use-credentials\""
                        + " href=\"/api/v1/areas/schinkel/overview\">");
    }
}
