package de.ihk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Preload hints in the app's page for pages whose first content is one API answer: the page names that answer and
 * the code of its route, so that the browser fetches both while the app's own code loads. Without them the three
 * wait for each other (app code, then route code, then data): three round trips before the first content on a slow
 * phone connection instead of one.
 *
 * <p>The route's code is found in the web app's build manifest (Vite's {@code manifest.json}, packaged at
 * {@link #MANIFEST}): the route module and the chunks it imports, less those the page loads anyway.
 */
final class PageHints {

    static final String MANIFEST = "META-INF/web-app/manifest.json";

    /** A page of the app whose first content is the answer of one API path; {@code $1} is its first path group. */
    private record Page(Pattern path, String api, String route) {}

    private static final List<Page> PAGES = List.of(new Page(
            Pattern.compile("/(?:(?:en|ls)/)?areas/([a-z0-9][a-z0-9-]{0,99})/?"),
            "/api/v1/areas/$1/overview",
            "src/app/routes/area.tsx"));

    private static final PageHints NONE = new PageHints(null);

    /** The pages with the module links of their routes, found in the manifest once. */
    private record Hint(Page page, String modules) {}

    private final List<Hint> hints;

    private PageHints(JsonNode manifest) {
        this.hints = PAGES.stream()
                .map(page -> new Hint(page, moduleLinks(manifest, page.route())))
                .toList();
    }

    /** The hints of the packaged web app, or none when its manifest is missing (the web app was not built in). */
    static PageHints packaged() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MANIFEST)) {
            return in == null ? NONE : of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PageHints of(InputStream manifest) throws IOException {
        return new PageHints(new ObjectMapper().readTree(manifest));
    }

    /** The {@code <link>} elements for the head of the page at {@code path}; empty when it has none. */
    String linksFor(String path) {
        for (Hint hint : hints) {
            Matcher m = hint.page().path().matcher(path);
            if (m.matches()) {
                return "<link rel=\"preload\" as=\"fetch\" crossorigin=\"use-credentials\" href=\""
                        + m.replaceFirst(hint.page().api()) + "\">" + hint.modules();
            }
        }
        return "";
    }

    /**
     * The module links of a route: its module and the chunks it imports, without those of the app's entry (index.html),
     * which the page loads anyway.
     */
    private static String moduleLinks(JsonNode manifest, String route) {
        if (manifest == null || !manifest.has(route)) {
            return "";
        }
        Set<String> entry = new LinkedHashSet<>();
        collect(manifest, "index.html", entry);
        Set<String> chunks = new LinkedHashSet<>();
        collect(manifest, route, chunks);
        chunks.removeAll(entry);
        StringBuilder links = new StringBuilder();
        for (String chunk : chunks) {
            links.append("<link rel=\"modulepreload\" crossorigin href=\"/")
                    .append(manifest.get(chunk).get("file").asText())
                    .append("\">");
        }
        return links.toString();
    }

    private static void collect(JsonNode manifest, String chunk, Set<String> into) {
        JsonNode node = manifest.get(chunk);
        if (node == null || !into.add(chunk)) {
            return;
        }
        for (JsonNode imported : node.path("imports")) {
            collect(manifest, imported.asText(), into);
        }
    }
}
