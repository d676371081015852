package de.ihk.area;

import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.common.GeoJson;
import de.ihk.common.Money;
import de.ihk.common.PublicationStatus;
import de.ihk.common.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record AreaDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String slug,
        String name,
        String municipality,
        String programme,
        Integer fundingStart,
        Integer fundingEnd,
        BigDecimal sizeHectares,
        Integer inhabitants,
        Money budget,
        String summary,
        String easyLanguageSummary,
        String description,
        int position,
        JsonNode boundary,
        boolean boundaryApproximate,
        PublicationStatus publicationStatus)
        implements Versioned {

    /**
     * The area as a reader sees it.
     *
     * @param drafts whether the reader sees drafts (and so the version of every change)
     */
    public static AreaDto of(Area a, boolean drafts) {
        return new AreaDto(
                a.id,
                a.versionFor(drafts),
                a.createdAt,
                a.updatedAt,
                a.slug,
                a.name,
                a.municipality,
                a.programme,
                a.fundingStart,
                a.fundingEnd,
                a.sizeHectares,
                a.inhabitants,
                Money.of(a.budgetAmount, "EUR"),
                a.summary,
                a.easyLanguageSummary,
                a.description,
                a.position,
                GeoJson.parse(a.boundary),
                a.boundaryApproximate,
                a.publicationStatus);
    }
}
