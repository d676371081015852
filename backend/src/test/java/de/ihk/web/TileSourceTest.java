package de.ihk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The origin of the maps' tile server, as the content security policy allows it for images. */
class TileSourceTest {

    @Test
    void theOriginOfATileTemplateIsAllowedWithSubdomainsAsAWildcard() {
        assertThat(
                        SecurityHeaders.tileSource(
                                "https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png"))
                .isEqualTo("https://sgx.geodatenzentrum.de");
        assertThat(SecurityHeaders.tileSource("https://{s}.tile.example.org:8443/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.org:8443");
        assertThat(SecurityHeaders.tileSource("/tiles/{z}/{x}/{y}.png")).isNull();
    }
}
