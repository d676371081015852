package de.ihk.web;

import de.ihk.common.Html;
import de.ihk.common.Publication;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The German page of a published area with its frame drawn in: header, area navigation, the area's heading and footer,
 * as the web app draws them (its build renders them with the app's own components, {@code
 * frontend/src/app/prerender/}, with placeholders that this class fills in). A browser draws the heading as soon as the
 * HTML and the stylesheet are there, instead of after the app's code has loaded and run; the app then renders the page
 * in its place. Only for anonymous readers (the frame shows no account), and only what they may read: a published area.
 *
 * <p>Such a page loads the app's code only once it has been shown ({@code frontend/public/start-after-paint.js}, which
 * gets the entry and the module preloads from the head): on a slow connection the scripts would otherwise compete with
 * the HTML, the stylesheet and the fonts that the first paint needs.
 */
@ApplicationScoped
public class PrerenderedAreaPages {

    static final String FRAME = "META-INF/web-app/frames/area.html";

    private static final Pattern PATH = Pattern.compile("/areas/([a-z0-9][a-z0-9-]{0,99})/?");

    /** The placeholders of the frame (see area-frame.tsx). */
    private static final String SLUG = "prerendered-area-slug";

    private static final String NAME = "PRERENDERED_AREA_NAME";
    private static final String MUNICIPALITY = "PRERENDERED_AREA_MUNICIPALITY";

    private static final String ROOT = "<div id=\"root\"></div>";

    /** The app's entry as Vite writes it into index.html. */
    private static final Pattern ENTRY =
            Pattern.compile("<script type=\"module\" crossorigin src=\"(/assets/[^\"]+)\"></script>");

    /** Module preloads as Vite and {@link PageHints} write them. */
    private static final Pattern MODULE_PRELOAD =
            Pattern.compile("<link rel=\"modulepreload\" crossorigin href=\"(/assets/[^\"]+)\">");

    private static final String START_AFTER_PAINT = "/start-after-paint.js";

    private static final int QUERY_TIMEOUT_SECONDS = 1;

    private static final Logger LOG = Logger.getLogger(PrerenderedAreaPages.class);

    private static final String QUERY =
            "SELECT a.name, a.municipality FROM area a WHERE a.slug = ? AND " + Publication.area("a");

    @Inject
    AgroalDataSource dataSource;

    private final String frame = load();

    /** Whether {@code path} is the German page of an area, which has a frame (when the web app's build made one). */
    boolean hasFrame(String path) {
        return frame != null && PATH.matcher(path).matches();
    }

    /**
     * The app's page {@code html} for {@code path} with the area's frame in its root element and the area's name in its
     * title; {@code html} as it is when the path is no area's page or the area is not published. Reads the database:
     * call it on a worker thread.
     */
    String fill(String html, String path) {
        Matcher m = PATH.matcher(path);
        if (frame == null || !m.matches() || !html.contains(ROOT)) {
            return html;
        }
        String slug = m.group(1);
        return publishedArea(slug)
                .map(area -> startAfterPaint(html)
                        .replace("<title>", "<title>" + Html.escape(area.name()) + " – ")
                        .replace(
                                ROOT,
                                "<div id=\"root\">"
                                        + frame.replace(SLUG, slug)
                                                .replace(NAME, Html.escape(area.name()))
                                                .replace(MUNICIPALITY, Html.escape(area.municipality()))
                                        + "</div>"))
                .orElse(html);
    }

    /**
     * {@code html} with the app's entry script and module preloads replaced by the script that requests them once the
     * page has been shown; as it is when it has no entry script.
     */
    static String startAfterPaint(String html) {
        Matcher entry = ENTRY.matcher(html);
        if (!entry.find()) {
            return html;
        }
        List<String> modules = new ArrayList<>(List.of(entry.group(1)));
        Matcher preload = MODULE_PRELOAD.matcher(html);
        while (preload.find()) {
            modules.add(preload.group(1));
        }
        String starter = "<script defer src=\"" + START_AFTER_PAINT + "\" data-modules=\"" + String.join(" ", modules)
                + "\"></script>";
        return MODULE_PRELOAD
                .matcher(entry.replaceFirst(Matcher.quoteReplacement(starter)))
                .replaceAll("");
    }

    private record AreaHeading(String name, String municipality) {}

    /**
     * The area's heading, when it is published; empty also when the database cannot say (the page then comes without
     * its frame, and the app shows the outage as it would otherwise: the frame must never cost the page).
     */
    private Optional<AreaHeading> publishedArea(String slug) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new AreaHeading(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("The page of the area %s goes out without its frame: %s", slug, e.toString());
            return Optional.empty();
        }
    }

    private static String load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FRAME)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
