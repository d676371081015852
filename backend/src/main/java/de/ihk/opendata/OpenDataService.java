package de.ihk.opendata;

import de.ihk.area.Area;
import de.ihk.common.PublicAddress;
import de.ihk.opendata.OpenDataOffer.Contact;
import de.ihk.opendata.OpenDataOffer.Dataset;
import de.ihk.opendata.OpenDataOffer.Distribution;
import de.ihk.opendata.OpenDataOffer.Kind;
import de.ihk.opendata.OpenDataOffer.License;
import de.ihk.opendata.OpenDataOffer.Publisher;
import de.ihk.opendata.OpenDataOffer.Spatial;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The open data offer of the installation, made of its published areas and the settings of {@link OpenDataSettings}. */
@ApplicationScoped
@Transactional
public class OpenDataService {

    /** Base of the DCAT-AP.de list of data providers, for a bare {@code contributorId}. */
    static final String CONTRIBUTORS = "http://dcat-ap.de/def/contributors/";

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String JSON = "application/json";
    static final String CALENDAR = "text/calendar";

    @Inject
    OpenDataSettings settings;

    @Inject
    PublicAddress publicAddress;

    @Inject
    PublishedAreas areas;

    /** The offer with absolute links from PUBLIC_URL, or from {@code requestBase} when that is not set. */
    public OpenDataOffer offer(String requestBase) {
        String base = publicAddress.of(requestBase);
        List<Area> published = areas.all();
        Map<UUID, Instant> modified = areas.modified(published);
        Map<UUID, List<String>> fields = areas.actionFieldTitles(published);
        String catalog = base + "/api/v1/catalog";
        License license = license();
        List<Dataset> datasets = published.stream()
                .map(a -> dataset(base, catalog, a, modified.get(a.id), fields.getOrDefault(a.id, List.of())))
                .toList();
        Publisher publisher = new Publisher(
                settings.publisher().uri().orElse(catalog + "#publisher"),
                settings.publisher().name(),
                settings.publisher().type());
        return new OpenDataOffer(
                catalog,
                settings.catalogTitle().orElse("Integrierte Handlungskonzepte – " + publisher.name()),
                "Offene Daten der integrierten Handlungskonzepte (IHK) der Fördergebiete von " + publisher.name()
                        + " im Programm der Städtebauförderung: je Fördergebiet Handlungsfelder, Bedarfe, Maßnahmen"
                        + " mit Handlungsschritten, Akteure und Termine in Ausschüssen.",
                base + "/open-data",
                catalog,
                catalog + "?format=ttl",
                base + "/api/v1",
                base + "/q/openapi",
                datasets.stream()
                        .map(Dataset::issued)
                        .min(Comparator.naturalOrder())
                        .orElse(null),
                datasets.stream()
                        .map(Dataset::modified)
                        .max(Comparator.naturalOrder())
                        .orElse(null),
                publisher,
                new Contact(
                        settings.contact().name(),
                        settings.contact().email().orElse(null),
                        settings.contact().url().orElse(null)),
                license,
                new Spatial(settings.spatial().uri(), settings.spatial().levelUri()),
                settings.contributorId()
                        .map(id -> id.contains(":") ? id : CONTRIBUTORS + id)
                        .orElse(null),
                datasets);
    }

    /** The licence of all open data, as the export states it too. */
    public License license() {
        OpenDataSettings.License l = settings.license();
        return new License(
                l.uri(),
                l.name(),
                l.url(),
                l.attribution().orElse(settings.publisher().name()),
                l.note().orElse(null));
    }

    private static Dataset dataset(
            String base, String catalog, Area area, Instant modified, List<String> actionFieldTitles) {
        String slug = area.slug;
        String api = base + "/api/v1/areas/" + encode(slug);
        String iri = catalog + "#" + encode(slug);
        List<Distribution> distributions = List.of(
                new Distribution(
                        iri + "-api",
                        Kind.API_JSON,
                        "REST-API (JSON)",
                        "Das Fördergebiet mit Übersicht, Handlungsfeldern, Bedarfen, Maßnahmen, Handlungsschritten und"
                                + " Terminen über die REST-API; beschrieben in " + base + "/q/openapi.",
                        api,
                        false,
                        "JSON",
                        JSON),
                new Distribution(
                        iri + "-export",
                        Kind.EXPORT_JSON,
                        "Gesamtexport (JSON)",
                        "Alle veröffentlichten Inhalte des Fördergebiets in einem JSON-Dokument"
                                + " (Format ihk-area-export, Version " + AreaExport.VERSION + ").",
                        api + "/export",
                        true,
                        "JSON",
                        JSON),
                spreadsheet(iri, Kind.MEASURES_CSV, "Maßnahmen (CSV)", api + "/measures?format=csv", "CSV", CSV),
                spreadsheet(iri, Kind.MEASURES_XLSX, "Maßnahmen (Excel)", api + "/measures?format=xlsx", "XLSX", XLSX),
                spreadsheet(iri, Kind.NEEDS_CSV, "Bedarfe (CSV)", api + "/needs?format=csv", "CSV", CSV),
                spreadsheet(iri, Kind.NEEDS_XLSX, "Bedarfe (Excel)", api + "/needs?format=xlsx", "XLSX", XLSX),
                spreadsheet(
                        iri, Kind.INDICATORS_CSV, "Indikatorwerte (CSV)", api + "/indicators?format=csv", "CSV", CSV),
                spreadsheet(
                        iri,
                        Kind.INDICATORS_XLSX,
                        "Indikatorwerte (Excel)",
                        api + "/indicators?format=xlsx",
                        "XLSX",
                        XLSX),
                new Distribution(
                        iri + "-calendar",
                        Kind.CALENDAR_ICS,
                        "Ausschusstermine (iCalendar)",
                        "Die Termine, an denen das Konzept und seine Maßnahmen in Ausschüssen vorgestellt werden,"
                                + " als Kalender zum Abonnieren (RFC 5545).",
                        api + "/presentations.ics",
                        true,
                        null,
                        CALENDAR));
        String place = area.municipality == null ? "" : " in " + area.municipality;
        String description = "Handlungsfelder, Bedarfe, Maßnahmen mit Handlungsschritten, Akteure und Ausschusstermine"
                + " des integrierten Handlungskonzepts (IHK) für das Fördergebiet " + area.name + place + "."
                + (area.summary == null || area.summary.isBlank() ? "" : " " + area.summary.strip());
        return new Dataset(
                iri,
                slug,
                area.name,
                "Integriertes Handlungskonzept " + area.name
                        + (area.municipality == null ? "" : " – " + area.municipality),
                description,
                keywords(area, actionFieldTitles),
                area.fundingStart,
                area.fundingEnd,
                area.createdAt,
                modified == null ? area.updatedAt : modified,
                base + "/areas/" + encode(slug),
                distributions);
    }

    private static Distribution spreadsheet(
            String dataset, Kind kind, String title, String url, String format, String mediaType) {
        String description = switch (kind) {
            case MEASURES_CSV, MEASURES_XLSX ->
                "Alle veröffentlichten Maßnahmen mit Status, Fortschritt,"
                        + " Zeitraum, Akteuren und Kosten als Tabelle, eine Zeile je Maßnahme.";
            case NEEDS_CSV, NEEDS_XLSX ->
                "Alle veröffentlichten Bedarfe mit Handlungsfeld, Priorität und"
                        + " Zielgruppen als Tabelle, eine Zeile je Bedarf.";
            default ->
                "Die Werte der veröffentlichten Indikatoren des Sozialmonitorings über die Zeit, mit"
                        + " Vergleichswert der Stadt, Anmerkung und Quelle, als Tabelle, eine Zeile je Wert.";
        };
        return new Distribution(
                dataset + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                kind,
                title,
                description,
                url,
                true,
                format,
                mediaType);
    }

    private static List<String> keywords(Area area, List<String> actionFieldTitles) {
        Set<String> keywords = new LinkedHashSet<>();
        keywords.add("Integriertes Handlungskonzept");
        keywords.add("Städtebauförderung");
        keywords.add("Stadtentwicklung");
        keywords.add(area.programme);
        keywords.add(area.municipality);
        keywords.add(area.name);
        keywords.addAll(actionFieldTitles);
        List<String> list = new ArrayList<>();
        keywords.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .forEach(list::add);
        return list;
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
