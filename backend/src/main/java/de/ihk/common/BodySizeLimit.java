package de.ihk.common;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * Request bodies over 1 MiB are refused with a problem+json 413; uploads of spreadsheets to import
 * ({@link #isFileUpload}) may be 10 MB (and the envelope of a multipart form around them). A body that announces its length is refused before it
 * is read, by {@code de.ihk.web.HttpLayerProblems}; a chunked body that announces none is counted here while it is
 * read. (quarkus.http.limits.max-body-size, 2M, stays as Vert.x's hard stop for such bodies: it would answer with an
 * empty 413, but the count here stops the reading long before.)
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    public static final long MAX_BYTES = 1024 * 1024;

    public static final String DETAIL = "The request body is larger than 1 MiB.";

    /** Largest upload of a spreadsheet to import: 10 MiB, and room for the envelope of a multipart form. */
    public static final long UPLOAD_MAX_BYTES = 10L * 1024 * 1024 + 64 * 1024;

    public static final String UPLOAD_DETAIL =
            "The file is larger than 10 MB (10485760 bytes). Split it into several files.";

    private static final Pattern UPLOAD_PATH = Pattern.compile("/api/v1/areas/[^/]+/imports/?");

    /** Whether the path takes a file upload (a spreadsheet to import) rather than a JSON body. */
    public static boolean isFileUpload(String path) {
        return path != null && UPLOAD_PATH.matcher(path).matches();
    }

    /** The largest body accepted on the path. */
    public static long maxBytes(String path) {
        return isFileUpload(path) ? UPLOAD_MAX_BYTES : MAX_BYTES;
    }

    /** What a 413 on the path says. */
    public static String detail(String path) {
        return isFileUpload(path) ? UPLOAD_DETAIL : DETAIL;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) == null) {
            var request = CurrentRequestManager.get();
            String path = request == null ? null : request.getPath();
            context.setInputStream(new Counted(context.getInputStream(), maxBytes(path), detail(path)));
        }
        return context.proceed();
    }

    /**
     * 413, and the connection is closed after the answer: the rest of the body is not read, and the request would
     * otherwise stay paused with its unread data.
     */
    @ServerExceptionMapper
    public Response tooLarge(TooLarge e, UriInfo uri, RoutingContext routing) {
        routing.addEndHandler(done -> routing.request().connection().close());
        Problem problem = ProblemType.PAYLOAD_TOO_LARGE.problem(e.getMessage(), ProblemMappers.path(uri));
        return Response.status(413)
                .type(Problem.MEDIA_TYPE)
                .header("Connection", "close")
                .entity(problem)
                .build();
    }

    /** An IOException, so that Jackson passes it on as it is instead of wrapping it as a mapping error. */
    static final class TooLarge extends IOException {
        TooLarge(String detail) {
            super(detail);
        }
    }

    /** Fails once more than {@code max} bytes have been read. */
    private static final class Counted extends FilterInputStream {

        private final long max;
        private final String detail;
        private long count;

        Counted(InputStream in, long max, String detail) {
            super(in);
            this.max = max;
            this.detail = detail;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge(detail);
            }
        }
    }
}
