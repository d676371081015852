package de.ihk.measure;

import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.actionfield.ActionFieldSummary;
import de.ihk.common.GeoJson;
import java.util.UUID;

/** A measure on the map: a GeoJSON Feature with the measure's location and what a marker shows of it. */
public record MeasureFeature(String type, UUID id, JsonNode geometry, Properties properties) {

    /**
     * What a marker shows and links to.
     *
     * @param actionField the primary action field (its colour colours the marker)
     * @param approximate whether the location is only approximate
     * @param href the API path of the measure
     */
    public record Properties(
            UUID id,
            String code,
            String title,
            ActionFieldSummary actionField,
            MeasureStatus status,
            boolean approximate,
            String href) {}

    static MeasureFeature of(Measure m, String slug) {
        return new MeasureFeature(
                "Feature",
                m.id,
                GeoJson.parse(m.locationGeometry),
                new Properties(
                        m.id,
                        m.code,
                        m.title,
                        ActionFieldSummary.of(m.actionField),
                        m.status,
                        m.locationApproximate,
                        "/api/v1/areas/" + slug + "/measures/" + m.id));
    }
}
