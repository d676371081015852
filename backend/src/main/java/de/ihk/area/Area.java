package de.ihk.area;

import de.ihk.common.PublishableEntity;
import de.ihk.common.References;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A redevelopment area (Fördergebiet / Sanierungsgebiet), addressed by its slug. */
@Entity
@Table(name = "area")
public class Area extends PublishableEntity {

    public String slug;
    public String name;
    public String municipality;
    public String programme;

    @Column(name = "funding_start")
    public Integer fundingStart;

    @Column(name = "funding_end")
    public Integer fundingEnd;

    @Column(name = "size_hectares")
    public BigDecimal sizeHectares;

    public Integer inhabitants;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    public String summary;
    public String description;

    /** Short summary in Leichte Sprache (plain-language German), shown to readers who chose Leichte Sprache. */
    @Column(name = "easy_language_summary")
    public String easyLanguageSummary;

    /** The area's outline, a GeoJSON Polygon or MultiPolygon (see {@link de.ihk.common.GeoJson}); null if unknown. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String boundary;

    /** Whether the boundary is only an approximation (drawn by hand, not the legal one). */
    @Column(name = "boundary_approximate")
    public boolean boundaryApproximate;

    /** Place in the area list: ascending, then by name. */
    public int position;

    public static Optional<Area> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** What the area's records may refer to: records of this area. */
    public References.Scope scope() {
        return new References.Scope(id, slug);
    }
}
