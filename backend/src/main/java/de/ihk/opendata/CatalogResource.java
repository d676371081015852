package de.ihk.opendata;

import de.ihk.common.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/**
 * The DCAT-AP.de catalogue of the installation: JSON-LD unless the client prefers Turtle ({@code Accept: text/turtle})
 * or names the syntax for a link ({@code ?format=ttl|jsonld}).
 */
@Path("/api/v1/catalog")
public class CatalogResource {

    @Inject
    OpenDataService service;

    @Context
    UriInfo uri;

    @GET
    public Response catalog(
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CatalogRdf.Syntax syntax = syntax(format, accept);
        Rendered catalog = CatalogRdf.write(service.offer(uri.getBaseUri().toString()), syntax);
        String name = "catalog." + (syntax == CatalogRdf.Syntax.TURTLE ? "ttl" : "jsonld");
        return OpenDataResponses.of(catalog, ifNoneMatch, "inline; filename=\"" + name + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    /** {@code format} wins; otherwise Turtle only when the Accept header rates it above JSON(-LD). */
    static CatalogRdf.Syntax syntax(String format, String accept) {
        if (format != null) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "jsonld", "json-ld" -> CatalogRdf.Syntax.JSON_LD;
                case "ttl", "turtle" -> CatalogRdf.Syntax.TURTLE;
                default ->
                    throw ApiException.invalid(
                            "format", "Unknown format '" + format + "': use jsonld (JSON-LD) or ttl (Turtle).");
            };
        }
        double turtle = 0;
        double json = 0;
        for (String range : accept == null ? new String[0] : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            switch (type) {
                case "text/turtle", "text/*" -> turtle = Math.max(turtle, q);
                case "application/ld+json", "application/json", "application/*", "*/*" -> json = Math.max(json, q);
                default -> {
                    // not one of ours
                }
            }
        }
        return turtle > json ? CatalogRdf.Syntax.TURTLE : CatalogRdf.Syntax.JSON_LD;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
