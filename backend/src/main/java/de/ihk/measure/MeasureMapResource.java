package de.ihk.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The measures of an area on a map: the measure list's filters, as a GeoJSON FeatureCollection of the measures with
 * a location. Anonymous answers get their ETag and caching from the answer cache like the other lists.
 */
@Path("/api/v1/areas/{slug}/measures.geojson")
public class MeasureMapResource {

    public static final String GEO_JSON = "application/geo+json";

    private static final MediaType GEO_JSON_TYPE = MediaType.valueOf(GEO_JSON);

    @Inject
    MeasureService service;

    @Inject
    ObjectMapper json;

    @GET
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    public Response features(
            @PathParam("slug") String slug, @BeanParam MeasureListParams params, @Context HttpHeaders headers)
            throws JsonProcessingException {
        MeasureFeatureCollection features = service.features(slug, params.filter(), params.page());
        // bytes with their type named, so that the answer cache keeps and tags them as they are
        return Response.ok(json.writeValueAsBytes(features), typeFor(headers)).build();
    }

    /** GeoJSON's own type, unless the client prefers plain JSON. */
    private static MediaType typeFor(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype() || accepted.isCompatible(GEO_JSON_TYPE)) {
                return GEO_JSON_TYPE;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
        }
        return GEO_JSON_TYPE;
    }
}
