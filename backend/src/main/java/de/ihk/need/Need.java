package de.ihk.need;

import de.ihk.actionfield.ActionField;
import de.ihk.area.Area;
import de.ihk.common.Priority;
import de.ihk.common.Publishable;
import de.ihk.common.PublishableEntity;
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
public class Need extends PublishableEntity {

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
    @JoinTable(
            name = "need_target_group",
            joinColumns = @JoinColumn(name = "need_id"),
            inverseJoinColumns = @JoinColumn(name = "target_group_id"))
    public Set<TargetGroup> targetGroups = new HashSet<>();

    @Override
    public Publishable publishedWith() {
        return actionField;
    }
}
