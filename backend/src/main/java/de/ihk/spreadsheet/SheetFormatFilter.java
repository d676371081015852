package de.ihk.spreadsheet;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Content negotiation between a list's JSON and its spreadsheets. {@code ?format=json|csv|xlsx} stands for the
 * matching {@code Accept} header, so that a plain link can ask for a spreadsheet (another value is a 400). A read of a
 * list whose most wanted type is CSV or XLSX goes to the list's export under {@value #SHEETS}; everything else –
 * {@code application/json}, no {@code Accept}, {@code *}{@code /*} – stays with the JSON list, and a spreadsheet asked
 * of anything but a list is a 406 of the JSON resource.
 */
public class SheetFormatFilter {

    /** Where the exports of the lists live: the list's own path after this prefix. */
    public static final String SHEETS = "/api/v1/sheets";

    private static final Pattern LISTS =
            Pattern.compile("/api/v1/(areas|areas/[^/]+/(action-fields|needs|measures|steps"
                    + "|presentations|indicators)|actors|committees|target-groups|search)/?");

    /** Reads whose {@code format} parameter means something of their own (the catalogue: JSON-LD or Turtle). */
    private static final Pattern OWN_FORMATS = Pattern.compile("/api/v1/catalog/?");

    private static final MediaType CSV = MediaType.valueOf(SheetFormat.CSV_TYPE);
    private static final MediaType XLSX = MediaType.valueOf(SheetFormat.XLSX_TYPE);

    @ServerRequestFilter(preMatching = true)
    public void negotiate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")
                || OWN_FORMATS.matcher(path).matches()
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return;
        }
        String mediaType = SheetFormat.mediaTypeOfParam(
                request.getUriInfo().getQueryParameters().getFirst("format"));
        if (mediaType != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
        }
        boolean spreadsheet =
                mediaType != null ? !MediaType.APPLICATION_JSON.equals(mediaType) : wantsSpreadsheet(request);
        if (spreadsheet && LISTS.matcher(path).matches()) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replacePath(SHEETS + path.substring("/api/v1".length()))
                    .build());
        }
    }

    /** Whether the most wanted of the acceptable types that name a format is CSV or XLSX (wildcards name none). */
    private static boolean wantsSpreadsheet(ContainerRequestContext request) {
        for (MediaType type : request.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            if (type.isCompatible(CSV) || type.isCompatible(XLSX)) {
                return true;
            }
            if (type.getSubtype().endsWith("json")) {
                return false;
            }
        }
        return false;
    }
}
