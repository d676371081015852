package de.ihk.measure;

import java.util.List;

/** The measures of an area that have a location, as a GeoJSON FeatureCollection (RFC 7946). */
public record MeasureFeatureCollection(String type, List<MeasureFeature> features) {

    MeasureFeatureCollection(List<MeasureFeature> features) {
        this("FeatureCollection", List.copyOf(features));
    }
}
