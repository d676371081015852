package de.ihk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every answer of the public port carries the security headers – API, problems, the web app, its files and the
 * refusals of the HTTP layer – and plain HTTP gets no HSTS; CORS is off unless origins are configured. (Behind a
 * proxy, with HSTS and CORS: {@link ProductionLikeSettingsTest}.)
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static final String APP_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'; script-src 'self'; style-src 'self'";

    static void assertSecurityHeaders(Response response, String what) {
        assertThat(response.header("Content-Security-Policy")).as(what).isEqualTo(APP_POLICY);
        assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("Strict-Transport-Security"))
                .as(what + " over plain HTTP")
                .isNull();
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        Response json = given().accept("application/json").get("/api/v1/target-groups");
        assertThat(json.statusCode()).isEqualTo(200);
        assertSecurityHeaders(json, "API JSON");

        Response notFound = given().accept("application/json").get("/api/v1/areas/no-such-area");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertSecurityHeaders(notFound, "problem+json 404");

        Response unknown = given().accept("application/json").get("/nothing/here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertSecurityHeaders(unknown, "404 outside the API");
    }

    @Test
    void theWebAppAndItsFilesCarryTheSecurityHeaders() {
        Response index = given().accept(BROWSER_ACCEPT).get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertSecurityHeaders(index, "index.html");

        Response deepLink = given().accept(BROWSER_ACCEPT).get("/areas/schinkel/measures");
        assertThat(deepLink.statusCode()).isEqualTo(200);
        assertSecurityHeaders(deepLink, "index.html for a deep link");

        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index.asString());
        assertThat(script.find()).as("index.html references a hashed script").isTrue();
        Response asset = given().get(script.group(1));
        assertThat(asset.statusCode()).isEqualTo(200);
        assertSecurityHeaders(asset, "hashed asset");
    }

    @Test
    void refusalsOfTheHttpLayerCarryTheSecurityHeaders() {
        Response tooLong = given().accept("application/json").get("/api/v1/areas?q=" + "x".repeat(5000));
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertSecurityHeaders(tooLong, "414 of the HTTP layer");
    }

    @Test
    void indexHtmlIsRevalidatedOnEveryLoadWhileHashedAssetsStayImmutable() {
        Response index = given().accept(BROWSER_ACCEPT).get("/index.html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(given().accept(BROWSER_ACCEPT).get("/").header("Cache-Control"))
                .isEqualTo("no-cache");
        Matcher css = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"").matcher(index.asString());
        assertThat(css.find()).as("index.html references a hashed stylesheet").isTrue();
        assertThat(given().get(css.group(1)).header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void aRevalidatedIndexHtmlIsNotMadeImmutable() {
        Response index = given().accept(BROWSER_ACCEPT).get("/");
        String lastModified = index.header("Last-Modified");
        String etag = index.header("ETag");
        assertThat(lastModified != null || etag != null)
                .as("index.html can be revalidated")
                .isTrue();
        var conditional = given().accept(BROWSER_ACCEPT);
        if (etag != null) {
            conditional.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            conditional.header("If-Modified-Since", lastModified);
        }
        Response notModified = conditional.get("/");
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.header("Cache-Control")).isEqualTo("no-cache");
        assertSecurityHeaders(notModified, "304 of index.html");
    }

    @Test
    void embedsMayBeFramedByTheAppItselfWhileItsPagesMayNotBeFramedAtAll() {
        for (String embed : new String[] {
            "/embed/areas/schinkel/committee-dates", "/en/embed/areas/schinkel/measures?status=IN_PROGRESS"
        }) {
            Response page = given().accept(BROWSER_ACCEPT).get(embed);
            assertThat(page.statusCode()).as(embed).isEqualTo(200);
            assertThat(page.asString())
                    .as("the embeds' own page, without the app's frame")
                    .contains("<base target=\"_blank\"")
                    .doesNotContain("/assets/index-");
            assertThat(page.header("Content-Security-Policy"))
                    .as(embed)
                    .isEqualTo(APP_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
        }
        assertSecurityHeaders(given().accept(BROWSER_ACCEPT).get("/areas/schinkel/embed"), "the embed builder");
        assertSecurityHeaders(given().accept(BROWSER_ACCEPT).get("/embed"), "no embed named");
        Response unknown = given().accept(BROWSER_ACCEPT).get("/embed/areas/schinkel/nothing");
        assertThat(unknown.asString())
                .as("the embeds' page says it has no such embed")
                .contains("<base target=\"_blank\"");
        assertSecurityHeaders(unknown, "an unknown embed");
        Response dotted =
                given().urlEncodingEnabled(false).accept(BROWSER_ACCEPT).get("/embed/..%2Findex.html");
        assertSecurityHeaders(dotted, "a way out of /embed/");
    }

    @Test
    void theResizeScriptOfTheHostPagesIsServedAndRevalidated() {
        Response script = given().get("/embed.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(script.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(script.asString()).contains("ihk-embed:height").contains("event.origin");
    }

    @Test
    void whoMayFrameTheEmbedsAlwaysIncludesTheAppItself() {
        assertThat(SecurityHeaders.embedAncestors("'none'")).isEqualTo("'self'");
        assertThat(SecurityHeaders.embedAncestors("  ")).isEqualTo("'self'");
        assertThat(SecurityHeaders.embedAncestors("https://www.example.de")).isEqualTo("'self' https://www.example.de");
        assertThat(SecurityHeaders.embedAncestors(" 'self'   https://www.example.de "))
                .isEqualTo("'self' https://www.example.de");
        assertThat(SecurityHeaders.isEmbed("/embed/areas/x/map")).isTrue();
        assertThat(SecurityHeaders.isEmbed("/en/embed/areas/schinkel-nord/committee-dates"))
                .isTrue();
        assertThat(SecurityHeaders.isEmbed("/embed/areas/schinkel/measures")).isTrue();
        assertThat(SecurityHeaders.isEmbed("/embed")).isFalse();
        assertThat(SecurityHeaders.isEmbed("/areas/x/embed")).isFalse();
        assertThat(SecurityHeaders.isEmbed("/embed.js")).isFalse();
        assertThat(SecurityHeaders.isEmbed("/embed/areas/x/measures/new")).isFalse();
        // nothing that a decoding or a dot segment turns into a page or file of the app
        assertThat(SecurityHeaders.isEmbed("/embed/..%2Findex.html")).isFalse();
        assertThat(SecurityHeaders.isEmbed("/embed/areas/..%2F..%2Flogin/map")).isFalse();
        assertThat(SecurityHeaders.isEmbed("/embed/areas/%2e%2e/map")).isFalse();
    }

    @Test
    void swaggerUiAloneMayRunItsInlineStartScript() {
        Response swagger = given().accept(BROWSER_ACCEPT).get("/q/swagger-ui/");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.header("Content-Security-Policy"))
                .contains("script-src 'self' 'unsafe-inline'")
                .contains("frame-ancestors 'none'");
        assertThat(swagger.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void crossOriginRequestsGetNoCorsHeadersByDefault() {
        Response preflight = given().header("Origin", "https://elsewhere.example.org")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/areas");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        Response read = given().header("Origin", "https://elsewhere.example.org")
                .accept("application/json")
                .get("/api/v1/areas");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
    }
}
