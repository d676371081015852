package de.ihk.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.testing.Fixtures;
import de.ihk.testing.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Answers that no resource method sends are compressed too: the app's HTML pages and problem+json refusals (the answer
 * cache's: {@link AnswerCacheApiTest}); only for who accepts gzip, and always with {@code Vary: Accept-Encoding}.
 */
@QuarkusTest
class CompressedAnswersTest {

    @TestHTTPResource("/")
    URI base;

    private HttpResponse<byte[]> get(String path, String accept, String acceptEncoding) throws Exception {
        return RawHttp.get(base.resolve(path), accept, acceptEncoding);
    }

    private static void assertCompressed(HttpResponse<byte[]> response, byte[] plain) throws Exception {
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(RawHttp.gunzip(response.body())).isEqualTo(plain);
        assertThat(String.join(",", response.headers().allValues("Vary"))).containsIgnoringCase("Accept-Encoding");
    }

    @Test
    void theAppsPageAndAProblemAreSentCompressed() throws Exception {
        String page = "/areas/" + Fixtures.publishedArea();
        HttpResponse<byte[]> plainPage = get(page, "text/html", null);
        assertThat(plainPage.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertCompressed(get(page, "text/html", "gzip"), plainPage.body());

        HttpResponse<byte[]> problem = get("/api/v1/no-such-thing", "application/json", "gzip");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(RawHttp.gunzip(problem.body()), StandardCharsets.UTF_8))
                .contains("\"status\":404");
    }

    @Test
    void aSpreadsheetIsNotCompressedAgain() throws Exception {
        HttpResponse<byte[]> xlsx = get(
                "/api/v1/areas/" + Fixtures.publishedArea() + "/measures?format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "gzip");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Encoding")).isNotEqualTo(Optional.of("gzip"));
    }

    @Test
    void onlyTheListedTextTypesAreCompressible() {
        CompressedAnswers answers = new CompressedAnswers(List.of("text/html", "application/json"));
        assertThat(answers.isCompressible("text/html;charset=UTF-8")).isTrue();
        assertThat(answers.isCompressible("Application/JSON")).isTrue();
        assertThat(answers.isCompressible("application/pdf")).isFalse();
        assertThat(answers.isCompressible(null)).isFalse();
    }
}
