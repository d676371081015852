package de.ihk.opendata;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import de.ihk.concept.ConceptContent.ActionFieldPart;
import de.ihk.concept.ConceptContent.AreaPart;
import de.ihk.concept.ConceptContent.MeasurePart;
import de.ihk.concept.ConceptContent.NeedPart;
import de.ihk.concept.ConceptContent.PresentationPart;
import de.ihk.concept.ConceptContent.TargetGroupPart;
import de.ihk.opendata.OpenDataOffer.License;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * All published content of an area as one document (format {@value #FORMAT}, version {@value #VERSION}): the profile,
 * action fields, needs, measures with their steps, presentations, and the actors, target groups, committees and
 * editions they name. The parts of the concept have the shape of an edition's content; references between them are
 * ids. Raise {@link #VERSION} when the shape changes in a way a reader would notice (a field renamed or removed).
 */
public record AreaExport(
        String format,
        int version,
        Instant modified,
        Links links,
        License license,
        AreaPart area,
        List<ActionFieldPart> actionFields,
        List<NeedPart> needs,
        List<MeasurePart> measures,
        List<PresentationEntry> presentations,
        List<ActorEntry> actors,
        List<TargetGroupPart> targetGroups,
        List<CommitteeEntry> committees,
        List<EditionEntry> editions) {

    public static final String FORMAT = "ihk-area-export";
    public static final int VERSION = 1;

    /** Where the document, the area's API, the catalogue and the area's page in the web app are. */
    public record Links(String self, String api, String catalog, String webPage) {}

    /**
     * A presentation to a committee as the concept has it, with the edition it presented and the (published) measures
     * it named.
     */
    public record PresentationEntry(
            @JsonUnwrapped PresentationPart presentation, UUID editionId, List<UUID> measureIds) {}

    public record ActorEntry(
            UUID id, String name, String kind, String municipality, String description, String website, String email) {}

    public record CommitteeEntry(
            UUID id, String name, String shortName, String municipality, String oparlOrganizationUrl) {}

    /** An edition of the concept; {@code contentUrl} and {@code documentPdfUrl} are its content and document. */
    public record EditionEntry(
            UUID id,
            String label,
            String status,
            LocalDate publishedOn,
            LocalDate adoptedOn,
            String summary,
            String documentUrl,
            String contentUrl,
            String documentPdfUrl) {}
}
