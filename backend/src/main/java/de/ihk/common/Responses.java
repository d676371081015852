package de.ihk.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Builds the responses every resource gives: items with ETags, conditional reads, creations and pages. */
public final class Responses {

    private Responses() {}

    public static Response item(Versioned body) {
        return Response.ok(body)
                .header(HttpHeaders.ETAG, Etags.of(body.version()))
                .build();
    }

    /**
     * A read that answers 304 without a body when the client already has this version. The version is asked for once:
     * some bodies compute it (the overview hashes its content).
     */
    public static Response conditionalItem(String ifNoneMatch, Versioned body) {
        long version = body.version();
        String etag = Etags.of(version);
        if (Etags.matches(ifNoneMatch, version)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(body).header(HttpHeaders.ETAG, etag).build();
    }

    /** 201 with the new item's URL (the request path plus {@code key}) in Location. */
    public static Response created(UriInfo uri, String key, Versioned body) {
        URI location = uri.getAbsolutePathBuilder().path(key).build();
        return Response.created(location)
                .entity(body)
                .header(HttpHeaders.ETAG, Etags.of(body.version()))
                .build();
    }

    public static Response deleted() {
        return Response.noContent().build();
    }

    public static Response page(Page<?> page, UriInfo uri) {
        return page(page, page, uri);
    }

    /** A page answered as {@code body} (a page with more fields), with the paging links of {@code page}. */
    public static Response page(Object body, Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(body);
        List<String> links = new ArrayList<>();
        int last = Math.max(page.totalPages() - 1, 0);
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return response.header("Link", String.join(", ", links)).build();
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        UriBuilder builder =
                uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size);
        return "<" + builder.build() + ">; rel=\"" + rel + "\"";
    }
}
