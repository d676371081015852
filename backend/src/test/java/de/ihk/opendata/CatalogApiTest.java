package de.ihk.opendata;

import static de.ihk.testing.Api.anonymous;
import static de.ihk.testing.Api.api;
import static de.ihk.testing.Api.badInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import de.ihk.testing.Concept;
import de.ihk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The DCAT-AP.de catalogue: both serialisations parse as RDF (with Jena's strict parsers) to the same graph, and the
 * graph has every property DCAT-AP.de 3.0 (specification of 2024-12-12, https://www.dcat-ap.de/def/dcatde/3.0/spec/,
 * table "Übersicht", and the SHACL shapes of GovData's DCAT-AP.de-SHACL-Validation v3.0 derived from it) makes
 * mandatory, plus the recommended ones this catalogue promises:
 *
 * <ul>
 *   <li>dcat:Catalog – mandatory: dct:title, dct:description, dct:publisher; recommended: dct:issued, dct:modified,
 *       dct:language, foaf:homepage, dct:license, dct:spatial, dcat:dataset.
 *   <li>dcat:Dataset – mandatory: dct:title, dct:description, dct:publisher (an addition of DCAT-AP.de); recommended:
 *       dcat:keyword, dcatde:politicalGeocodingLevelURI (an IRI), dcatde:politicalGeocodingURI (deprecated in 3.0,
 *       still read by GovData), dcat:theme, dct:spatial, dct:temporal, dcat:distribution, dcat:contactPoint; optional:
 *       dcatde:contributorID (an IRI, only for delivery to GovData: absent unless configured), dct:issued, dct:modified,
 *       dcat:landingPage.
 *   <li>dcat:Distribution – mandatory: dcat:accessURL, dct:license (exactly one, an addition of DCAT-AP.de);
 *       recommended: dct:title, dct:modified, dct:format; optional: dcatde:licenseAttributionByText (a literal),
 *       dcat:downloadURL, dcat:mediaType.
 *   <li>dcat:DataService – mandatory: dcat:endpointURL, dct:title, dct:publisher.
 *   <li>foaf:Agent – mandatory: foaf:name. vcard:Kind – at most one vcard:fn (a literal), and vcard:hasEmail,
 *       vcard:hasURL or vcard:hasTelephone (IRIs). dct:PeriodOfTime – dcat:startDate or dcat:endDate.
 * </ul>
 *
 * The SHACL shapes themselves are not part of these tests: neither Maven Central nor npm publishes them, so this build
 * cannot fetch them. Validated by hand with jena-shacl 5.6.0 against SEMIC's DCAT-AP 3.0.0 shapes and GovData's
 * DCAT-AP.de 3.0 shapes (SHACL-DE, german additions, deprecated): no violation, one warning (the deprecated
 * dcatde:politicalGeocodingURI, kept for GovData's 2.0 conventions); the controlled vocabularies need the EU
 * vocabularies in the data graph, which are not to be had offline either.
 */
@QuarkusTest
class CatalogApiTest {

    private static final String CATALOG = "/api/v1/catalog";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String DCATDE = "http://dcat-ap.de/def/dcatde/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    @Test
    void bothSerialisationsParseToTheSameGraphWithEveryMandatoryProperty() {
        Concept c = new Concept();
        Response jsonLd = catalog("application/ld+json");
        jsonLd.then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/ld+json"))
                .header("Vary", containsString("Accept"))
                .header("Cache-Control", equalTo("public, no-cache"));
        Response turtle = catalog("text/turtle");
        turtle.then().statusCode(200).header("Content-Type", startsWith("text/turtle"));
        Model fromJsonLd = parse(jsonLd.asByteArray(), Lang.JSONLD11);
        Model fromTurtle = parse(turtle.asByteArray(), Lang.TURTLE);
        assertThat(fromJsonLd.isIsomorphicWith(fromTurtle)).isTrue();

        List<String> missing = mandatoryPropertiesMissing(fromTurtle);
        assertThat(missing).isEmpty();

        Resource catalog = only(fromTurtle, DCAT + "Catalog");
        Resource dataset = fromTurtle.createResource(catalog.getURI() + "#" + c.slug);
        assertThat(catalog.hasProperty(p(DCAT, "dataset"), dataset)).isTrue();
        assertThat(literal(catalog, DCT, "title")).isEqualTo("Integrierte Handlungskonzepte – Stadt Osnabrück");
        Resource publisher = catalog.getPropertyResourceValue(p(DCT, "publisher"));
        assertThat(literal(publisher, FOAF, "name")).isEqualTo("Stadt Osnabrück");

        assertThat(literal(dataset, DCT, "title"))
                .isEqualTo("Integriertes Handlungskonzept Sanierungsgebiet " + c.slug + " – " + c.slug);
        assertThat(literal(dataset, DCT, "description")).contains("Ein Quartier im Osten der Stadt.");
        assertThat(dataset.getPropertyResourceValue(p(DCT, "publisher"))).isEqualTo(publisher);
        assertThat(strings(dataset, DCAT, "keyword"))
                .contains("Integriertes Handlungskonzept", "Städtebauförderung", "Sozialer Zusammenhalt", "Bildung");
        String spatial = "http://dcat-ap.de/def/politicalGeocoding/regionalKey/034040000000";
        assertThat(iri(dataset, DCT, "spatial")).isEqualTo(spatial);
        assertThat(iri(dataset, DCATDE, "politicalGeocodingURI")).isEqualTo(spatial);
        assertThat(iri(dataset, DCATDE, "politicalGeocodingLevelURI"))
                .isEqualTo("http://dcat-ap.de/def/politicalGeocoding/Level/municipality");
        assertThat(dataset.hasProperty(p(DCATDE, "contributorID"))).isFalse();
        Resource period = dataset.getPropertyResourceValue(p(DCT, "temporal"));
        assertThat(period.getProperty(p(DCAT, "startDate")).getLiteral().getLexicalForm())
                .isEqualTo("2018");
        assertThat(period.getProperty(p(DCAT, "startDate")).getLiteral().getDatatypeURI())
                .isEqualTo(XSD + "gYear");
        assertThat(period.getProperty(p(DCAT, "endDate")).getLiteral().getLexicalForm())
                .isEqualTo("2028");
        assertThat(dataset.getProperty(p(DCT, "modified")).getLiteral().getDatatypeURI())
                .isEqualTo(XSD + "dateTime");
        assertThat(dataset.hasProperty(p(DCT, "issued"))).isTrue();
        assertThat(iri(dataset, DCAT, "landingPage")).endsWith("/areas/" + c.slug);
        Resource contact = dataset.getPropertyResourceValue(p(DCAT, "contactPoint"));
        assertThat(literal(contact, VCARD, "fn")).isEqualTo("Stadt Osnabrück, Fachbereich Städtebau");

        List<String> downloads = new ArrayList<>();
        for (Statement s : dataset.listProperties(p(DCAT, "distribution")).toList()) {
            Resource distribution = s.getResource();
            assertThat(iri(distribution, DCT, "license")).isEqualTo("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
            assertThat(literal(distribution, DCATDE, "licenseAttributionByText"))
                    .isEqualTo("Stadt Osnabrück");
            downloads.add(iri(distribution, DCAT, "accessURL").replaceFirst("^http://[^/]+", ""));
        }
        String api = "/api/v1/areas/" + c.slug;
        assertThat(downloads)
                .containsExactlyInAnyOrder(
                        api,
                        api + "/export",
                        api + "/measures?format=csv",
                        api + "/measures?format=xlsx",
                        api + "/needs?format=csv",
                        api + "/needs?format=xlsx",
                        api + "/indicators?format=csv",
                        api + "/indicators?format=xlsx",
                        api + "/presentations.ics");
    }

    @Test
    void draftAreasAndDraftContentNeverAppear() {
        Concept c = new Concept();
        String draftArea = Fixtures.area();
        String catalog = catalog("text/turtle").asString();
        assertThat(catalog).contains("#" + c.slug).doesNotContain(draftArea).doesNotContain(c.marker);
        // signed in, the catalogue is the same: open data shows what everybody may read
        String signedIn = api().accept("text/turtle")
                .get(CATALOG)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(signedIn).doesNotContain(draftArea).doesNotContain(c.marker);
        String offer = anonymous()
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(offer).contains(c.slug).doesNotContain(draftArea).doesNotContain(c.marker);
    }

    @Test
    void theSyntaxFollowsAcceptOrTheFormatParameter() {
        assertThat(catalog("text/turtle;q=0.9, application/ld+json;q=0.5").contentType())
                .startsWith("text/turtle");
        assertThat(catalog("application/ld+json, text/turtle;q=0.5").contentType())
                .startsWith("application/ld+json");
        assertThat(catalog("*/*").contentType()).startsWith("application/ld+json");
        Response ttl = anonymous().accept("*/*").queryParam("format", "ttl").get(CATALOG);
        ttl.then().statusCode(200).header("Content-Type", startsWith("text/turtle"));
        parse(ttl.asByteArray(), Lang.TURTLE);
        anonymous()
                .accept("text/turtle")
                .queryParam("format", "jsonld")
                .get(CATALOG)
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/ld+json"));
        badInput()
                .queryParam("format", "rdfxml")
                .get(CATALOG)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void anUnchangedCatalogueAnswers304() {
        new Concept();
        String etag = catalog("text/turtle").header("ETag");
        assertThat(etag).startsWith("\"c-");
        anonymous()
                .accept("text/turtle")
                .header("If-None-Match", etag)
                .get(CATALOG)
                .then()
                .statusCode(304)
                .header("ETag", etag);
        // the other syntax is another answer, with another ETag
        assertThat(catalog("application/ld+json").header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void theOfferNamesTheLicenceAndEveryDownloadOfAnArea() {
        Concept c = new Concept();
        Response offer = anonymous().get("/api/v1/open-data");
        offer.then()
                .statusCode(200)
                .body("license.name", equalTo("Datenlizenz Deutschland – Namensnennung – Version 2.0"))
                .body("license.url", equalTo("https://www.govdata.de/dl-de/by-2-0"))
                .body("license.attribution", equalTo("Stadt Osnabrück"))
                .body("turtleUrl", containsString("/api/v1/catalog?format=ttl"));
        List<Map<String, Object>> datasets = offer.jsonPath().getList("datasets");
        Map<String, Object> dataset = datasets.stream()
                .filter(d -> c.slug.equals(d.get("slug")))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> distributions = (List<Map<String, Object>>) dataset.get("distributions");
        assertThat(distributions)
                .extracting(d -> d.get("kind"))
                .containsExactly(
                        "API_JSON",
                        "EXPORT_JSON",
                        "MEASURES_CSV",
                        "MEASURES_XLSX",
                        "NEEDS_CSV",
                        "NEEDS_XLSX",
                        "INDICATORS_CSV",
                        "INDICATORS_XLSX",
                        "CALENDAR_ICS");
    }

    /** Every mandatory property of DCAT-AP.de 3.0 (see the class comment) that a node of the graph lacks. */
    static List<String> mandatoryPropertiesMissing(Model m) {
        List<String> missing = new ArrayList<>();
        List<Resource> catalogs = m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Catalog"))
                .toList();
        if (catalogs.size() != 1) {
            missing.add("one dcat:Catalog, found " + catalogs.size());
        }
        for (Resource catalog : catalogs) {
            require(missing, catalog, "dcat:Catalog", DCT, "title", true);
            require(missing, catalog, "dcat:Catalog", DCT, "description", true);
            agent(missing, m, catalog, "dcat:Catalog");
        }
        for (Resource dataset : m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .toList()) {
            String name = "dcat:Dataset " + dataset;
            require(missing, dataset, name, DCT, "title", true);
            require(missing, dataset, name, DCT, "description", true);
            agent(missing, m, dataset, name);
            requireIri(missing, dataset, name, DCATDE, "politicalGeocodingLevelURI");
            dataset.listProperties(p(DCATDE, "contributorID")).forEach(s -> {
                if (!s.getObject().isURIResource()) {
                    missing.add(name + ": dcatde:contributorID must be an IRI");
                }
            });
            if (!dataset.hasProperty(p(DCAT, "distribution"))) {
                missing.add(name + ": dcat:distribution");
            }
            for (Statement s : dataset.listProperties(p(DCAT, "contactPoint")).toList()) {
                Resource card = s.getResource();
                if (card.listProperties(p(VCARD, "fn")).toList().size() > 1) {
                    missing.add(name + ": at most one vcard:fn");
                }
                if (!(card.hasProperty(p(VCARD, "hasEmail"))
                        || card.hasProperty(p(VCARD, "hasURL"))
                        || card.hasProperty(p(VCARD, "hasTelephone")))) {
                    missing.add(name + ": vcard:hasEmail, vcard:hasURL or vcard:hasTelephone");
                }
                card.listProperties().forEach(v -> {
                    String local = v.getPredicate().getLocalName();
                    if (local.startsWith("has") && !v.getObject().isURIResource()) {
                        missing.add(name + ": vcard:" + local + " must be an IRI");
                    }
                });
            }
            for (Statement s : dataset.listProperties(p(DCT, "temporal")).toList()) {
                Resource period = s.getResource();
                if (!(period.hasProperty(p(DCAT, "startDate")) || period.hasProperty(p(DCAT, "endDate")))) {
                    missing.add(name + ": dct:PeriodOfTime needs dcat:startDate or dcat:endDate");
                }
            }
        }
        for (Resource distribution : m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                .toList()) {
            String name = "dcat:Distribution " + distribution;
            requireIri(missing, distribution, name, DCAT, "accessURL");
            int licences =
                    distribution.listProperties(p(DCT, "license")).toList().size();
            if (licences != 1) {
                missing.add(name + ": exactly one dct:license, found " + licences);
            }
            requireIri(missing, distribution, name, DCT, "license");
            distribution.listProperties(p(DCATDE, "licenseAttributionByText")).forEach(s -> {
                if (!s.getObject().isLiteral()) {
                    missing.add(name + ": dcatde:licenseAttributionByText must be a literal");
                }
            });
        }
        for (Resource service : m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .toList()) {
            String name = "dcat:DataService " + service;
            requireIri(missing, service, name, DCAT, "endpointURL");
            require(missing, service, name, DCT, "title", true);
            agent(missing, m, service, name);
        }
        return missing;
    }

    private static void agent(List<String> missing, Model m, Resource subject, String name) {
        List<Statement> publishers = subject.listProperties(p(DCT, "publisher")).toList();
        if (publishers.isEmpty()) {
            missing.add(name + ": dct:publisher");
        }
        for (Statement s : publishers) {
            Resource agent = s.getResource();
            if (!agent.hasProperty(RDF.type, m.createResource(FOAF + "Agent"))) {
                missing.add(name + ": dct:publisher must be a foaf:Agent");
            }
            require(missing, agent, "foaf:Agent of " + name, FOAF, "name", true);
        }
    }

    private static void require(
            List<String> missing, Resource subject, String name, String ns, String local, boolean literal) {
        List<Statement> values = subject.listProperties(p(ns, local)).toList();
        if (values.isEmpty()) {
            missing.add(name + ": " + local);
        }
        for (Statement s : values) {
            RDFNode value = s.getObject();
            if (literal && !(value.isLiteral() && !value.asLiteral().getString().isBlank())) {
                missing.add(name + ": " + local + " must be a non-empty literal");
            }
        }
    }

    private static void requireIri(List<String> missing, Resource subject, String name, String ns, String local) {
        List<Statement> values = subject.listProperties(p(ns, local)).toList();
        if (values.isEmpty()) {
            missing.add(name + ": " + local);
        }
        values.stream()
                .filter(s -> !s.getObject().isURIResource())
                .forEach(s -> missing.add(name + ": " + local + " must be an IRI"));
    }

    private static Response catalog(String accept) {
        return anonymous()
                .accept(accept)
                .get(CATALOG)
                .then()
                .statusCode(200)
                .extract()
                .response();
    }

    static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).strict(true).parse(model);
        return model;
    }

    private static Resource only(Model m, String type) {
        List<Resource> all =
                m.listSubjectsWithProperty(RDF.type, m.createResource(type)).toList();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static String literal(Resource r, String ns, String local) {
        Literal value = r.getProperty(p(ns, local)).getLiteral();
        assertThat(value.getLanguage()).as(local + " has a language").isEqualTo("de");
        return value.getString();
    }

    private static List<String> strings(Resource r, String ns, String local) {
        return r.listProperties(p(ns, local))
                .mapWith(s -> s.getLiteral().getString())
                .toList();
    }

    private static String iri(Resource r, String ns, String local) {
        return r.getPropertyResourceValue(p(ns, local)).getURI();
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}
