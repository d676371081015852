package de.ihk.opendata;

import java.time.Instant;
import java.util.List;

/**
 * What the installation offers as open data: one dataset per published area with its distributions (the JSON API, the
 * full export, spreadsheets of measures and needs, the calendar of committee dates), published by the municipality
 * under one licence. The DCAT-AP.de catalogue ({@link CatalogRdf}) and the open data page of the web app are both made
 * of it, so that they always name the same downloads.
 */
public record OpenDataOffer(
        String iri,
        String title,
        String description,
        String homepage,
        String catalogUrl,
        String turtleUrl,
        String apiUrl,
        String apiDescriptionUrl,
        Instant issued,
        Instant modified,
        Publisher publisher,
        Contact contact,
        License license,
        Spatial spatial,
        String contributorId,
        List<Dataset> datasets) {

    public record Publisher(String iri, String name, String type) {}

    public record Contact(String name, String email, String url) {}

    public record License(String uri, String name, String url, String attribution, String note) {}

    public record Spatial(String uri, String levelUri) {}

    public record Dataset(
            String iri,
            String slug,
            String areaName,
            String title,
            String description,
            List<String> keywords,
            Integer fundingStart,
            Integer fundingEnd,
            Instant issued,
            Instant modified,
            String landingPage,
            List<Distribution> distributions) {}

    /** What a distribution holds; the web app names it in the reader's language. */
    public enum Kind {
        API_JSON,
        EXPORT_JSON,
        MEASURES_CSV,
        MEASURES_XLSX,
        NEEDS_CSV,
        NEEDS_XLSX,
        INDICATORS_CSV,
        INDICATORS_XLSX,
        CALENDAR_ICS
    }

    /**
     * One way to get the dataset. {@code format} is the code in the EU file type table
     * ({@code http://publications.europa.eu/resource/authority/file-type/}), or null where that table has none that
     * fits; {@code download} tells a file (with {@code dcat:downloadURL}) from an API.
     */
    public record Distribution(
            String iri,
            Kind kind,
            String title,
            String description,
            String url,
            boolean download,
            String format,
            String mediaType) {}
}
