package de.ihk.concept;

import de.ihk.common.Etags;
import de.ihk.common.Ids;
import de.ihk.common.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The edition as the adopted concept: adopting it, its content, the document made of it (HTML and PDF), and what
 * changed between two editions.
 */
@Path("/api/v1/areas/{slug}/editions")
public class ConceptResource {

    static final String HTML = "text/html;charset=UTF-8";
    static final String PDF = "application/pdf";

    @Inject
    ConceptService service;

    @POST
    @Path("{id}/adoption")
    @Produces(MediaType.APPLICATION_JSON)
    public Response adopt(
            @PathParam("slug") String slug,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            String body) {
        return Responses.item(service.adopt(slug, Ids.parse("id", id), ifMatch, body));
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.APPLICATION_JSON)
    public Response content(
            @PathParam("slug") String slug,
            @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return send(service.contentJson(slug, Ids.parse("id", id)), MediaType.APPLICATION_JSON, ifNoneMatch, null);
    }

    // Documents answer whatever the Accept header says (they are opened as links); errors are problem+json.
    @GET
    @Path("{id}/document")
    public Response html(
            @PathParam("slug") String slug,
            @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return send(service.html(slug, Ids.parse("id", id)), HTML, ifNoneMatch, null);
    }

    @GET
    @Path("{id}/document.pdf")
    public Response pdf(
            @PathParam("slug") String slug,
            @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        ConceptService.Rendering pdf = service.pdf(slug, Ids.parse("id", id));
        return send(pdf, PDF, ifNoneMatch, "inline; filename=\"" + pdf.fileName() + "\"");
    }

    @GET
    @Path("compare")
    @Produces(MediaType.APPLICATION_JSON)
    public Response compare(
            @PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(service.compare(slug, from, to)).build();
    }

    private static Response send(
            ConceptService.Rendering rendering, String type, String ifNoneMatch, String disposition) {
        Response.ResponseBuilder response = Etags.matches(ifNoneMatch, rendering.etag())
                ? Response.notModified()
                : Response.ok(rendering.body(), type);
        response.header(HttpHeaders.ETAG, rendering.etag());
        if (disposition != null) {
            response.header("Content-Disposition", disposition);
        }
        return response.build();
    }
}
