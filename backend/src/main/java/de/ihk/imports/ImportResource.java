package de.ihk.imports;

import de.ihk.common.ApiException;
import de.ihk.common.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Upload of a spreadsheet: as {@code multipart/form-data} with the file in the part {@code file} (what a browser form
 * sends), or as the raw request body with the file's own content type. Either way the content decides whether it is
 * read as CSV or XLSX.
 */
@Path("/api/v1/areas/{slug}/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @PathParam("slug") String slug,
            @QueryParam("type") String type,
            @QueryParam("dryRun") String dryRun,
            @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalid("file", "Send the spreadsheet in the form field 'file'.");
        }
        return Response.ok(service.run(slug, type, file.uploadedFile(), dryRun(dryRun)))
                .build();
    }

    /** Any other content type; which ones are accepted is checked first, by {@code de.ihk.web.RequestGuard} (415). */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response raw(
            @PathParam("slug") String slug,
            @QueryParam("type") String type,
            @QueryParam("dryRun") String dryRun,
            InputStream body)
            throws IOException {
        java.nio.file.Path file = Files.createTempFile("ihk-import-", ".upload");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                copyAtMost(body, out);
            }
            return Response.ok(service.run(slug, type, file, dryRun(dryRun))).build();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void copyAtMost(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > SheetReader.MAX_BYTES) {
                throw SheetReader.tooLarge();
            }
            out.write(buffer, 0, n);
        }
    }

    private static boolean dryRun(String value) {
        Boolean parsed = QueryParams.bool("dryRun", value);
        return parsed != null && parsed;
    }
}
