package de.ihk.need;

import de.ihk.actionfield.ActionField;
import de.ihk.area.Area;
import de.ihk.common.BaseEntity;
import de.ihk.common.Publishable;
import de.ihk.common.PublicationStatus;
import jakarta.persistence.Column;
import de.ihk.common.Priority;
import de.ihk.measure.Measure;
import de.ihk.targetgroup.TargetGroup;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A need (Bedarf) of the quarter, found in one action field. */
@Entity
@Table(name = "need")
public class Need extends BaseEntity implements Publishable {

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_status")
    public PublicationStatus publicationStatus = PublicationStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_field_id")
    public ActionField actionField;
    public String code;
    public String title;
    public String description;
    public String evidence;
    @Enumerated(EnumType.STRING)
    public Priority priority;

    @ManyToMany
    @JoinTable(name = "need_target_group", joinColumns = @JoinColumn(name = "need_id"),
            inverseJoinColumns = @JoinColumn(name = "target_group_id"))
    public Set<TargetGroup> targetGroups = new HashSet<>();

    /** The measures answering this need (owned by {@link Measure#needs}). */
    @ManyToMany(mappedBy = "needs")
    public Set<Measure> measures = new HashSet<>();

    @Override
    public boolean isPublic() {
        return publicationStatus == PublicationStatus.PUBLISHED && actionField.isPublic();
    }
}
