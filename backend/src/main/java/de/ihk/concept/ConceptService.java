package de.ihk.concept;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.area.AreaRecords;
import de.ihk.common.ApiException;
import de.ihk.common.BaseEntity;
import de.ihk.common.FieldError;
import de.ihk.common.Ids;
import de.ihk.edition.Edition;
import de.ihk.edition.EditionDto;
import de.ihk.edition.EditionService;
import de.ihk.edition.EditionStatus;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The edition as the adopted concept: adopting freezes the area's published concept, the content of an edition is that
 * snapshot (or, while it is prepared, the live published concept), and two editions can be compared.
 */
@ApplicationScoped
@Transactional
public class ConceptService {

    /** The value of {@code to} that names the live published concept. */
    public static final String CURRENT = "current";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    AreaAccess access;

    @Inject
    Writes writes;

    @Inject
    ConceptReader reader;

    @Inject
    ConceptSnapshots snapshots;

    @Inject
    AdoptedPdfs adoptedPdfs;

    @Inject
    Event<EditionAdopted> adoptions;

    /**
     * Adopts the edition: through the write path (If-Match, history, versions, caches) its status becomes ADOPTED, and
     * the published concept of this moment is stored with it. Irreversible; a second adoption is a conflict.
     */
    public EditionDto adopt(String slug, UUID id, String ifMatch, String body) {
        Edition edition = access.editable(Edition.class, "edition", slug, id);
        if (edition.isAdopted()) {
            throw ApiException.conflict("Edition " + edition.label + " was already adopted on " + edition.adoptedOn
                    + "; an adoption cannot be repeated or undone.");
        }
        if (!edition.area.isPublic()) {
            throw ApiException.conflict("Area '" + slug + "' is a draft: it has no published concept to adopt yet."
                    + " Publish the area first.");
        }
        // Read before the write, so that no query flushes the changed edition half-way through the write path.
        ConceptContent concept = reader.live(edition, BaseEntity.now());
        Edition adopted =
                writes.update(EditionService.KIND, edition, ifMatch, body, AdoptionInput.class, (e, input) -> {
                    e.status = EditionStatus.ADOPTED;
                    e.adoptedOn = input.adoptedOn();
                });
        snapshots.store(adopted, concept.of(adopted));
        adoptions.fire(new EditionAdopted(adopted.id));
        return EditionDto.of(adopted);
    }

    /** The frozen concept of an adopted edition, the live published concept of a preparing one. */
    public ConceptContent content(String slug, UUID id) {
        return content(edition(slug, id));
    }

    ConceptContent content(Edition edition) {
        return edition.isAdopted() ? snapshots.load(edition.id) : reader.live(edition, null);
    }

    /** A rendering of an edition's concept: its bytes and ETag; an adopted edition's never changes. */
    public static final class Rendering {
        private final byte[] body;
        private final String etag;
        private final String fileName;

        Rendering(byte[] body, String etag, String fileName) {
            this.body = body;
            this.etag = etag;
            this.fileName = fileName;
        }

        public byte[] body() {
            return body;
        }

        public String etag() {
            return etag;
        }

        public String fileName() {
            return fileName;
        }
    }

    /** The content as JSON bytes, so that its ETag is made of exactly what is sent. */
    public Rendering contentJson(String slug, UUID id) {
        Edition edition = edition(slug, id);
        try {
            return rendering(edition, json.writeValueAsBytes(content(edition)), "json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The concept could not be written as JSON", e);
        }
    }

    /** The concept as an HTML document. */
    public Rendering html(String slug, UUID id) {
        Edition edition = edition(slug, id);
        return rendering(
                edition, ConceptDocument.html(content(edition), false).getBytes(StandardCharsets.UTF_8), "html");
    }

    /**
     * The concept as a tagged PDF. An adopted edition's PDF is rendered once (ahead, right after the adoption) and kept
     * with its snapshot, so that it is the same file every time; a preparing edition's is rendered anew (its ETag is that of the document's HTML).
     */
    public Rendering pdf(String slug, UUID id) {
        Edition edition = edition(slug, id);
        if (edition.isAdopted()) {
            return rendering(edition, adoptedPdfs.get(edition.id), "pdf");
        }
        ConceptContent content = content(edition);
        Rendering html =
                rendering(edition, ConceptDocument.html(content, true).getBytes(StandardCharsets.UTF_8), "pdf");
        return new Rendering(ConceptPdf.render(content), html.etag(), html.fileName());
    }

    private static Rendering rendering(Edition edition, byte[] body, String kind) {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String etag = "\"" + (edition.isAdopted() ? ADOPTED_ETAG_PREFIX : "p-") + kind + "-" + hash + "\"";
        String name = "ihk-" + edition.area.slug + "-"
                + edition.label
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
        return new Rendering(body, etag, name + "." + kind);
    }

    /** ETags of renderings of adopted editions start with this, which marks them as never changing. */
    static final String ADOPTED_ETAG_PREFIX = "a-";

    /**
     * Compares the concept of edition {@code from} with that of edition {@code to}, or with the live published concept
     * when {@code to} is {@code current}.
     */
    public ConceptComparison compare(String slug, String fromParam, String toParam) {
        List<FieldError> errors = new ArrayList<>();
        if (fromParam == null || fromParam.isBlank()) {
            errors.add(new FieldError("from", "Name the edition to compare from (its id)."));
        }
        if (toParam == null || toParam.isBlank()) {
            errors.add(new FieldError("to", "Name the edition to compare with (its id), or 'current'."));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        UUID fromId = Ids.parse("from", fromParam);
        boolean current = CURRENT.equals(toParam.trim());
        UUID toId = current ? null : Ids.parse("to", toParam);
        if (fromId.equals(toId)) {
            throw ApiException.invalid(
                    "to",
                    "An edition compared with itself has no differences: name another edition" + " or 'current'.");
        }
        Edition from = edition(slug, fromId);
        ConceptContent fromContent = content(from);
        if (current) {
            ConceptContent live = reader.live(from, null);
            return ConceptComparison.of(
                    json,
                    side(from, fromContent),
                    fromContent,
                    new ConceptComparison.Side(null, null, null, null, true),
                    live);
        }
        Edition to = edition(slug, toId);
        ConceptContent toContent = content(to);
        return ConceptComparison.of(json, side(from, fromContent), fromContent, side(to, toContent), toContent);
    }

    private static ConceptComparison.Side side(Edition edition, ConceptContent content) {
        return new ConceptComparison.Side(
                edition.id, edition.label, edition.status.name(), edition.adoptedOn, content.live());
    }

    /** The edition, if the caller may read its area (a draft area's editions are as absent as the area). */
    Edition edition(String slug, UUID id) {
        Area area = access.forRead(slug);
        return AreaRecords.require(em, Edition.class, "edition", area, id);
    }
}
