package de.ihk.opendata;

import de.ihk.opendata.OpenDataOffer.Dataset;
import de.ihk.opendata.OpenDataOffer.Distribution;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;

/**
 * The open data offer as a DCAT-AP.de 3.0 catalogue (https://www.dcat-ap.de/def/dcatde/3.0/spec/), written with Apache
 * Jena as Turtle or JSON-LD. Every node has an IRI (no blank nodes, whose random labels would order the output
 * differently in every JVM): the same catalogue is the same bytes, and so has the same ETag, on every instance. Only
 * this class touches Jena, so that its start-up cost is paid when the catalogue is
 * first asked for, not when the application starts.
 *
 * <p>Catalogue: title, description, publisher (mandatory), issued, modified, language, homepage, licence, spatial,
 * datasets, and the API as a {@code dcat:DataService}. Dataset per published area: title, description, publisher
 * (mandatory), keywords, theme, political geocoding level and area, spatial, temporal coverage (the funding period),
 * distributions, contact point; issued, modified, identifier, landing page, language, access rights and, when
 * configured, the GovData contributor id. Distribution: access URL and licence (mandatory), title, description,
 * modified, format, media type, download URL and the licence's attribution text.
 */
final class CatalogRdf {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String DCATDE = "http://dcat-ap.de/def/dcatde/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";

    /** The serialisations the catalogue is offered in. */
    enum Syntax {
        JSON_LD("application/ld+json"),
        TURTLE("text/turtle");

        final String mediaType;

        Syntax(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    private static final String LANG = "de";

    private CatalogRdf() {}

    static Rendered write(OpenDataOffer offer, Syntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model(offer), syntax == Syntax.TURTLE ? RDFFormat.TURTLE_PRETTY : RDFFormat.JSONLD11);
        return new Rendered(out.toByteArray(), syntax.mediaType + ";charset=UTF-8");
    }

    static Model model(OpenDataOffer offer) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("dct", DCT);
        m.setNsPrefix("dcatde", DCATDE);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("vcard", VCARD);
        m.setNsPrefix("skos", SKOS);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");

        Resource publisher = m.createResource(offer.publisher().iri())
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(p(FOAF, "name"), offer.publisher().name(), LANG)
                .addProperty(p(DCT, "type"), m.createResource(offer.publisher().type()));
        Resource license = m.createResource(offer.license().uri())
                .addProperty(RDF.type, m.createResource(DCT + "LicenseDocument"));
        Resource spatial =
                m.createResource(offer.spatial().uri()).addProperty(RDF.type, m.createResource(DCT + "Location"));
        Resource language =
                m.createResource(EU + "language/DEU").addProperty(RDF.type, m.createResource(DCT + "LinguisticSystem"));

        Resource catalog = m.createResource(offer.iri())
                .addProperty(RDF.type, m.createResource(DCAT + "Catalog"))
                .addProperty(p(DCT, "title"), offer.title(), LANG)
                .addProperty(p(DCT, "description"), offer.description(), LANG)
                .addProperty(p(DCT, "publisher"), publisher)
                .addProperty(p(DCT, "language"), language)
                .addProperty(p(DCT, "license"), license)
                .addProperty(p(DCT, "spatial"), spatial)
                .addProperty(p(FOAF, "homepage"), document(m, offer.homepage()));
        dateTime(catalog, p(DCT, "issued"), offer.issued());
        dateTime(catalog, p(DCT, "modified"), offer.modified());

        Resource service = m.createResource(offer.apiUrl())
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(p(DCT, "title"), "REST-API der integrierten Handlungskonzepte", LANG)
                .addProperty(p(DCT, "publisher"), publisher)
                .addProperty(p(DCT, "license"), license)
                .addProperty(p(DCAT, "endpointURL"), m.createResource(offer.apiUrl()))
                .addProperty(p(DCAT, "endpointDescription"), m.createResource(offer.apiDescriptionUrl()));
        catalog.addProperty(p(DCAT, "service"), service);

        for (Dataset d : offer.datasets()) {
            Resource dataset = dataset(m, offer, d, publisher, license, spatial, language, service);
            catalog.addProperty(p(DCAT, "dataset"), dataset);
            service.addProperty(p(DCAT, "servesDataset"), dataset);
        }
        return m;
    }

    private static Resource dataset(
            Model m,
            OpenDataOffer offer,
            Dataset d,
            Resource publisher,
            Resource license,
            Resource spatial,
            Resource language,
            Resource service) {
        Resource dataset = m.createResource(d.iri())
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(p(DCT, "title"), d.title(), LANG)
                .addProperty(p(DCT, "description"), d.description(), LANG)
                .addProperty(p(DCT, "identifier"), d.iri())
                .addProperty(p(DCT, "publisher"), publisher)
                .addProperty(p(DCT, "language"), language)
                .addProperty(p(DCT, "spatial"), spatial)
                .addProperty(
                        p(DCATDE, "politicalGeocodingLevelURI"),
                        m.createResource(offer.spatial().levelUri()))
                // Deprecated in DCAT-AP.de 3.0 (a warning), but still what GovData's harvesters read (2.0 conventions).
                .addProperty(p(DCATDE, "politicalGeocodingURI"), spatial)
                .addProperty(
                        p(DCAT, "theme"),
                        m.createResource(EU + "data-theme/REGI")
                                .addProperty(RDF.type, m.createResource(SKOS + "Concept")))
                .addProperty(
                        p(DCT, "accessRights"),
                        m.createResource(EU + "access-right/PUBLIC")
                                .addProperty(RDF.type, m.createResource(DCT + "RightsStatement")))
                .addProperty(p(DCAT, "landingPage"), document(m, d.landingPage()))
                .addProperty(p(DCAT, "contactPoint"), contact(m, d.iri() + "-contact", offer.contact()));
        d.keywords().forEach(k -> dataset.addProperty(p(DCAT, "keyword"), k, LANG));
        if (offer.contributorId() != null) {
            dataset.addProperty(p(DCATDE, "contributorID"), m.createResource(offer.contributorId()));
        }
        if (d.fundingStart() != null || d.fundingEnd() != null) {
            Resource period =
                    m.createResource(d.iri() + "-period").addProperty(RDF.type, m.createResource(DCT + "PeriodOfTime"));
            if (d.fundingStart() != null) {
                period.addLiteral(p(DCAT, "startDate"), year(m, d.fundingStart()));
            }
            if (d.fundingEnd() != null) {
                period.addLiteral(p(DCAT, "endDate"), year(m, d.fundingEnd()));
            }
            dataset.addProperty(p(DCT, "temporal"), period);
        }
        dateTime(dataset, p(DCT, "issued"), d.issued());
        dateTime(dataset, p(DCT, "modified"), d.modified());
        for (Distribution x : d.distributions()) {
            Resource distribution = m.createResource(x.iri())
                    .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(p(DCT, "title"), x.title(), LANG)
                    .addProperty(p(DCT, "description"), x.description(), LANG)
                    .addProperty(p(DCAT, "accessURL"), m.createResource(x.url()))
                    .addProperty(p(DCT, "license"), license)
                    .addProperty(
                            p(DCATDE, "licenseAttributionByText"),
                            offer.license().attribution(),
                            LANG)
                    .addProperty(
                            p(DCAT, "mediaType"),
                            m.createResource(IANA + x.mediaType())
                                    .addProperty(RDF.type, m.createResource(DCT + "MediaType")));
            if (x.download()) {
                distribution.addProperty(p(DCAT, "downloadURL"), m.createResource(x.url()));
            } else {
                distribution.addProperty(p(DCAT, "accessService"), service);
            }
            if (x.format() != null) {
                distribution.addProperty(
                        p(DCT, "format"),
                        m.createResource(EU + "file-type/" + x.format())
                                .addProperty(RDF.type, m.createResource(DCT + "MediaTypeOrExtent")));
            }
            dateTime(distribution, p(DCT, "modified"), d.modified());
            dataset.addProperty(p(DCAT, "distribution"), distribution);
        }
        return dataset;
    }

    /** A vCard of the contact point: its name and an e-mail or web address (DCAT-AP.de needs one of them). */
    private static Resource contact(Model m, String iri, OpenDataOffer.Contact contact) {
        // vcard:Kind as DCAT-AP.de checks it (without inference), vcard:Organization as what it is
        Resource card = m.createResource(iri)
                .addProperty(RDF.type, m.createResource(VCARD + "Kind"))
                .addProperty(RDF.type, m.createResource(VCARD + "Organization"))
                .addProperty(p(VCARD, "fn"), contact.name(), LANG);
        if (contact.email() != null) {
            card.addProperty(p(VCARD, "hasEmail"), m.createResource("mailto:" + contact.email()));
        }
        if (contact.url() != null) {
            card.addProperty(p(VCARD, "hasURL"), m.createResource(contact.url()));
        }
        return card;
    }

    private static Resource document(Model m, String url) {
        return m.createResource(url).addProperty(RDF.type, m.createResource(FOAF + "Document"));
    }

    private static void dateTime(Resource subject, Property property, Instant when) {
        if (when != null) {
            subject.addLiteral(
                    property,
                    subject.getModel()
                            .createTypedLiteral(
                                    when.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        }
    }

    private static Literal year(Model m, int year) {
        return m.createTypedLiteral(String.format(Locale.ROOT, "%04d", year), XSDDatatype.XSDgYear);
    }

    private static Property p(String namespace, String local) {
        return ResourceFactory.createProperty(namespace, local);
    }
}
