package de.ihk.measure;

import de.ihk.actionfield.ActionField;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.common.Priority;
import de.ihk.common.Publishable;
import de.ihk.common.PublishableEntity;
import de.ihk.need.Need;
import de.ihk.targetgroup.TargetGroup;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A measure (Maßnahme) answering needs of the area, broken down into action steps. */
@Entity
@Table(name = "measure")
public class Measure extends PublishableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_field_id")
    public ActionField actionField;

    public String code;
    public String title;
    public String summary;
    public String description;

    /** Short summary in Leichte Sprache (plain-language German), shown to readers who chose Leichte Sprache. */
    @Column(name = "easy_language_summary")
    public String easyLanguageSummary;

    @Enumerated(EnumType.STRING)
    public MeasureStatus status;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public int progress;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_actor_id")
    public Actor leadActor;

    public String location;

    /** Where the measure is on the map, a GeoJSON Point or Polygon (see {@link de.ihk.common.GeoJson}); null if none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "location_geometry")
    public String locationGeometry;

    /** Whether that place is only approximate. */
    @Column(name = "location_approximate")
    public boolean locationApproximate;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    @Column(name = "funding_source")
    public String fundingSource;

    @ManyToMany
    @JoinTable(
            name = "measure_action_field",
            joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "action_field_id"))
    public Set<ActionField> furtherActionFields = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "measure_need",
            joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "need_id"))
    public Set<Need> needs = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "measure_partner_actor",
            joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    public Set<Actor> partnerActors = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "measure_target_group",
            joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "target_group_id"))
    public Set<TargetGroup> targetGroups = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "measure_link", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    public List<MeasureLink> links = new ArrayList<>();

    @OneToMany(mappedBy = "measure")
    @OrderBy("position ASC, createdAt ASC")
    public List<ActionStep> steps = new ArrayList<>();

    @Override
    public Publishable publishedWith() {
        return actionField;
    }
}
