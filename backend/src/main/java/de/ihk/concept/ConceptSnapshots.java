package de.ihk.concept;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.edition.Edition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The frozen concepts of adopted editions (table {@code edition_snapshot}, migration V10): written once when the
 * edition is adopted, never changed afterwards (a trigger refuses it), and the edition's PDF stored beside it the first
 * time it is asked for, so that it is the same document every time.
 */
@ApplicationScoped
public class ConceptSnapshots {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public void store(Edition edition, ConceptContent content) {
        try {
            em.createNativeQuery("INSERT INTO edition_snapshot (edition_id, content, captured_at)"
                            + " VALUES (:id, CAST(:content AS jsonb), :capturedAt)")
                    .setParameter("id", edition.id)
                    .setParameter("content", json.writeValueAsString(content))
                    .setParameter("capturedAt", Timestamp.from(content.capturedAt()))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The concept could not be written as JSON", e);
        }
    }

    /** The snapshot of an adopted edition, read in the shape its {@code schemaVersion} names. */
    ConceptContent load(UUID editionId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                        "SELECT CAST(content AS text) FROM edition_snapshot WHERE edition_id = :id", String.class)
                .setParameter("id", editionId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("The adopted edition " + editionId + " has no snapshot");
        }
        try {
            JsonNode tree = json.readTree(rows.get(0));
            int schema = tree.path("schemaVersion").asInt();
            if (schema != ConceptContent.SCHEMA_VERSION) {
                throw new IllegalStateException("Snapshot schema version " + schema + " is not known");
            }
            // Fields added to the shape later are absent from older snapshots (null); none is ever taken away.
            return json.reader()
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .treeToValue(tree, ConceptContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The snapshot of edition " + editionId + " cannot be read", e);
        }
    }

    Optional<byte[]> pdf(UUID editionId) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery(
                        "SELECT pdf FROM edition_snapshot WHERE edition_id = :id AND pdf IS NOT NULL", byte[].class)
                .setParameter("id", editionId)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** Keeps the PDF unless another request stored one first; returns the one kept. */
    byte[] keepPdf(UUID editionId, byte[] pdf) {
        em.createNativeQuery("UPDATE edition_snapshot SET pdf = :pdf WHERE edition_id = :id AND pdf IS NULL")
                .setParameter("pdf", pdf)
                .setParameter("id", editionId)
                .executeUpdate();
        return pdf(editionId).orElse(pdf);
    }
}
