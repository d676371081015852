package de.ihk.opendata;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** All published content of an area as one JSON document (see {@link AreaExport}). */
@Path("/api/v1/areas/{slug}/export")
public class AreaExportResource {

    @Inject
    AreaExports exports;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Rendered export = exports.json(slug, uri.getBaseUri().toString());
        return OpenDataResponses.of(export, ifNoneMatch, "inline; filename=\"ihk-" + slug + ".json\"")
                .build();
    }
}
