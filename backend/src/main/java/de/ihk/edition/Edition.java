package de.ihk.edition;

import de.ihk.area.Area;
import de.ihk.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An edition of the concept (Fassung des IHK), e.g. "IHK 2022": being prepared, or adopted, when the published concept
 * of its area was frozen in a snapshot (see the concept package).
 */
@Entity
@Table(name = "edition")
public class Edition extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    public String label;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "document_url")
    public String documentUrl;

    public String summary;

    @Enumerated(EnumType.STRING)
    public EditionStatus status = EditionStatus.PREPARING;

    /** The day the council adopted it; set exactly when the edition is adopted. */
    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    public boolean isAdopted() {
        return status == EditionStatus.ADOPTED;
    }
}
