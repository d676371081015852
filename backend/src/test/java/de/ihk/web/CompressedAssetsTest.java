package de.ihk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.testing.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The web app's scripts are sent gzip-compressed once made, the same bytes as the file, and only to who accepts gzip. */
@QuarkusTest
class CompressedAssetsTest {

    @TestHTTPResource("/")
    URI base;

    /** The start script of the packaged web app, by the build manifest. */
    private static String startScript() throws IOException {
        try (InputStream in = CompressedAssetsTest.class.getClassLoader().getResourceAsStream(PageHints.MANIFEST)) {
            assertThat(in)
                    .as("the web app is built into the test classpath (make frontend-build)")
                    .isNotNull();
            return new ObjectMapper().readTree(in).get("index.html").get("file").asText();
        }
    }

    private static byte[] file(String path) throws IOException {
        try (InputStream in =
                CompressedAssetsTest.class.getClassLoader().getResourceAsStream("META-INF/resources/" + path)) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        return RawHttp.get(base.resolve(path), null, acceptEncoding);
    }

    @Test
    void aScriptIsSentGzippedWithItsTypeAndYearLongCaching() throws Exception {
        String script = startScript();
        for (int i = 0; i < 2; i++) { // the first request compresses, the second is served from memory
            HttpResponse<byte[]> response = get("/" + script, "gzip, deflate, br");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue(CacheHeaders.IMMUTABLE);
            assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
            byte[] unzipped = RawHttp.gunzip(response.body());
            assertThat(Arrays.equals(unzipped, file(script)))
                    .as("%d bytes unzipped, the file has %d", unzipped.length, file(script).length)
                    .isTrue();
        }
    }

    @Test
    void whoDoesNotAcceptGzipGetsTheFileAsItIs() throws Exception {
        String script = startScript();
        for (String acceptEncoding : new String[] {null, "identity"}) {
            HttpResponse<byte[]> response = get("/" + script, acceptEncoding);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding").orElse("identity"))
                    .isEqualTo("identity");
            assertThat(Arrays.equals(response.body(), file(script))).isTrue();
        }
    }

    @Test
    void overHttp2TheGeneralCompressionAnswersAndTheScriptArrivesIntact() throws Exception {
        String script = startScript();
        HttpResponse<byte[]> response = HttpClient.newHttpClient() // plain HTTP: upgraded to HTTP/2 (h2c)
                .send(
                        HttpRequest.newBuilder(base.resolve("/" + script))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            body = RawHttp.gunzip(body);
        }
        assertThat(Arrays.equals(body, file(script))).isTrue();
    }

    @Test
    void aFileThatIsNotThereStaysA404() throws Exception {
        assertThat(get("/assets/nothing-here.js", "gzip").statusCode()).isEqualTo(404);
        assertThat(get("/assets/..%2Fapplication.properties", "gzip").statusCode())
                .isEqualTo(404);
    }

    @Test
    void acceptEncodingIsReadWithItsWeights() {
        assertThat(CompressedAssets.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(CompressedAssets.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(CompressedAssets.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(CompressedAssets.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(CompressedAssets.acceptsGzip("br")).isFalse();
        assertThat(CompressedAssets.acceptsGzip(null)).isFalse();
    }
}
