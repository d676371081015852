package de.ihk.web;

import static de.ihk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The backend serves the web app: deep links load index.html, API 404s stay problem+json, caching fits the files. */
@QuarkusTest
class SpaFallbackTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void deepLinkOfThePageAnswersWithTheAppsIndexHtml() {
        given().accept(BROWSER_ACCEPT)
                .get("/areas/schinkel/measures?status=IN_PROGRESS")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("<div id=\"root\"></div>"));
        given().accept(BROWSER_ACCEPT)
                .get("/en/areas/schinkel")
                .then()
                .statusCode(200)
                .body(containsString("<div id=\"root\"></div>"));
    }

    @Test
    void theAreaPagePreloadsItsOverviewAndItsCode() {
        given().accept(BROWSER_ACCEPT)
                .get("/areas/schinkel")
                .then()
                .statusCode(200)
                .body(containsString("<link rel=\"preload\" as=\"fetch\" crossorigin=\"use-credentials\""
                        + " href=\"/api/v1/areas/schinkel/overview\">"))
                .body(containsString("<link rel=\"modulepreload\" crossorigin href=\"/assets/area-"));
        given().accept(BROWSER_ACCEPT)
                .get("/areas/schinkel/measures")
                .then()
                .statusCode(200)
                .body(not(containsString("rel=\"preload\" as=\"fetch\"")));
    }

    @Test
    void anAnonymousReaderGetsThePageOfAPublishedAreaWithItsHeadingDrawnIn() {
        String slug = Fixtures.unique("vorgerendert");
        Map<String, Object> area = Fixtures.areaBody(slug, "Stadt <Süd> & \"Nord\" $1");
        area.put("name", "Gebiet <b>fett</b> & Co. $1");
        area.put("publicationStatus", "PUBLISHED");
        api().body(area).post("/api/v1/areas").then().statusCode(201);

        String html = given().accept(BROWSER_ACCEPT)
                .get("/areas/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("<title>Gebiet &lt;b&gt;fett&lt;/b&gt; &amp; Co. $1 – Integriertes Handlungskonzept</title>")
                .contains("<p class=\"kern-preline\">Stadt &lt;Süd&gt; &amp; &quot;Nord&quot; $1</p>")
                .contains(">Gebiet &lt;b&gt;fett&lt;/b&gt; &amp; Co. $1</h1>")
                .contains("href=\"/areas/" + slug + "/measures\"")
                .contains("data-location=\"/areas/" + slug + "\"")
                .doesNotContain("<div id=\"root\"></div>")
                .doesNotContain("PRERENDERED")
                .doesNotContain("prerendered-area-slug");
        // the app's code is requested once the page has been shown: the entry first, then the modules it preloaded
        assertThat(html)
                .containsPattern("<script defer src=\"/start-after-paint.js\" data-modules=\"/assets/index-[^\" ]+\\.js"
                        + "( /assets/[^\" ]+\\.js)+\"></script>")
                .doesNotContain("type=\"module\"")
                .doesNotContain("modulepreload");
        given().accept(BROWSER_ACCEPT)
                .head("/areas/" + slug)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Vary", "Cookie, Accept-Encoding");
    }

    @Test
    void draftAreasSignedInReadersAndOtherLanguagesGetTheAppAlone() {
        String draft = Fixtures.unique("entwurf");
        api().body(Fixtures.areaBody(draft, "Musterstadt"))
                .post("/api/v1/areas")
                .then()
                .statusCode(201);
        String published = Fixtures.unique("oeffentlich");
        Map<String, Object> area = Fixtures.areaBody(published, "Musterstadt");
        area.put("publicationStatus", "PUBLISHED");
        api().body(area).post("/api/v1/areas").then().statusCode(201);
        String heading = ">Sanierungsgebiet " + published + "</h1>";
        given().accept(BROWSER_ACCEPT)
                .get("/areas/" + published)
                .then()
                .statusCode(200)
                .body(containsString(heading));

        for (String path : new String[] {
            "/areas/" + draft, "/areas/no-such-area", "/en/areas/" + published, "/ls/areas/" + published
        }) {
            given().accept(BROWSER_ACCEPT)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body(containsString("<div id=\"root\"></div>"))
                    .body(containsString("<script type=\"module\""))
                    .body(not(containsString("Sanierungsgebiet " + draft)))
                    .body(not(containsString(heading)));
        }
        given().accept(BROWSER_ACCEPT)
                .cookie("ihk_csrf", "x")
                .get("/areas/" + published)
                .then()
                .statusCode(200)
                .header("Vary", "Cookie, Accept-Encoding")
                .body(containsString("<div id=\"root\"></div>"));
    }

    @Test
    void filesOutsideTheHashedAssetsAreRevalidatedAlsoForHead() {
        // The static file handler answers HEAD without a Content-Type; it must not keep its day-long caching then.
        given().head("/").then().statusCode(200).header("Cache-Control", "no-cache");
        given().head("/index.html").then().statusCode(200).header("Cache-Control", "no-cache");
    }

    @Test
    void rootServesTheAppWithoutLongCaching() {
        given().accept(BROWSER_ACCEPT)
                .get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("<div id=\"root\"></div>"));
    }

    @Test
    void unknownApiPathStaysProblemJsonEvenForABrowser() {
        given().accept(BROWSER_ACCEPT)
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void unknownPageForAJsonClientIsProblemJson() {
        given().accept("application/json")
                .get("/areas/schinkel")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void missingFileIsNotAnsweredWithTheApp() {
        given().accept(BROWSER_ACCEPT)
                .get("/assets/does-not-exist.js")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().accept(BROWSER_ACCEPT)
                .get("/robots.txt")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void postToAnUnknownPathIsNotAnsweredWithTheApp() {
        given().accept(BROWSER_ACCEPT)
                .contentType("application/json")
                .body("{}")
                .post("/areas/schinkel")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void hashedAssetsAreCachedForAYearAsImmutable() {
        String html = given().accept(BROWSER_ACCEPT)
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        assertThat(script.find()).as("index.html references a hashed script").isTrue();
        given().get(script.group(1))
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }

    @Test
    void apiResponsesKeepTheirOwnCacheHeaders() {
        String cacheControl = given().accept("application/json")
                .get("/api/v1/target-groups")
                .then()
                .statusCode(200)
                .extract()
                .header("Cache-Control");
        assertThat(cacheControl)
                .isNotEqualTo("public, max-age=31536000, immutable")
                .isNotEqualTo("no-cache");
    }

    @Test
    void pageRequestsAreToldApartFromFilesAndApiCalls() {
        assertThat(SpaFallback.isPageRequest("GET", "/areas/schinkel", "text/html"))
                .isTrue();
        assertThat(SpaFallback.isPageRequest("HEAD", "/search", "text/html")).isTrue();
        assertThat(SpaFallback.isPageRequest("GET", "/areas/schinkel", "application/json"))
                .isFalse();
        assertThat(SpaFallback.isPageRequest("GET", "/areas/schinkel", null)).isFalse();
        assertThat(SpaFallback.isPageRequest("GET", "/api/v1/areas/x", "text/html"))
                .isFalse();
        assertThat(SpaFallback.isPageRequest("GET", "/q/nothing", "text/html")).isFalse();
        assertThat(SpaFallback.isPageRequest("GET", "/favicon.ico", "text/html"))
                .isFalse();
        assertThat(SpaFallback.isPageRequest("DELETE", "/areas/schinkel", "text/html"))
                .isFalse();
    }

    @Test
    void aPreRenderedPageNamesTheAppsModulesToTheScriptThatStartsItAfterThePaint() {
        String head = "<head><script type=\"module\" crossorigin src=\"/assets/index-A1.js\"></script>\n"
                + "<link rel=\"modulepreload\" crossorigin href=\"/assets/sections-B2.js\">\n"
                + "<link rel=\"stylesheet\" crossorigin href=\"/assets/sections-C3.css\">"
                + "<link rel=\"preload\" as=\"fetch\" crossorigin=\"use-credentials\" href=\"/api/v1/areas/a/overview\">"
                + "<link rel=\"modulepreload\" crossorigin href=\"/assets/area-D4.js\"></head>";
        assertThat(PrerenderedAreaPages.startAfterPaint(head))
                .isEqualTo("<head><script defer src=\"/start-after-paint.js\" data-modules=\"/assets/index-A1.js"
                        + " /assets/sections-B2.js /assets/area-D4.js\"></script>\n\n"
                        + "<link rel=\"stylesheet\" crossorigin href=\"/assets/sections-C3.css\">"
                        + "<link rel=\"preload\" as=\"fetch\" crossorigin=\"use-credentials\" href=\"/api/v1/areas/a/overview\">"
                        + "</head>");
        assertThat(PrerenderedAreaPages.startAfterPaint("<head></head>")).isEqualTo("<head></head>");
    }
}
