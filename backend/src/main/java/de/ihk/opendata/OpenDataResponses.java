package de.ihk.opendata;

import de.ihk.common.Etags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Answers with a rendered document, or 304 when the client already has it. */
final class OpenDataResponses {

    private OpenDataResponses() {}

    static Response.ResponseBuilder of(Rendered document, String ifNoneMatch, String disposition) {
        Response.ResponseBuilder response = Etags.matches(ifNoneMatch, document.etag())
                ? Response.notModified()
                : Response.ok(document.body(), document.mediaType()).header("Content-Disposition", disposition);
        return response.header(HttpHeaders.ETAG, document.etag());
    }
}
