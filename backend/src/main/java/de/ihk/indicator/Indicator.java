package de.ihk.indicator;

import de.ihk.actionfield.ActionField;
import de.ihk.area.Area;
import de.ihk.common.PublishableEntity;
import de.ihk.measure.Measure;
import de.ihk.need.Need;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator (Indikator) of the social monitoring of an area: a figure over time that shows whether the quarter
 * changes as the concept intends, with a baseline, targets by year, and the action fields, needs and measures it
 * concerns. Its values and targets are part of it (written with it, as a whole).
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PublishableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    public String name;
    public String description;
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type")
    public IndicatorValueType valueType;

    @Enumerated(EnumType.STRING)
    public IndicatorDirection direction;

    public String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "spatial_level")
    public SpatialLevel spatialLevel;

    /** The value the development is measured from; null when none is set. */
    @Embedded
    @AttributeOverride(name = "year", column = @Column(name = "baseline_year"))
    @AttributeOverride(name = "date", column = @Column(name = "baseline_date"))
    @AttributeOverride(name = "value", column = @Column(name = "baseline_value"))
    @AttributeOverride(name = "cityValue", column = @Column(name = "baseline_city_value"))
    @AttributeOverride(name = "note", column = @Column(name = "baseline_note"))
    @AttributeOverride(name = "source", column = @Column(name = "baseline_source"))
    public IndicatorValue baseline;

    @ElementCollection
    @CollectionTable(name = "indicator_value", joinColumns = @JoinColumn(name = "indicator_id"))
    public List<IndicatorValue> values = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    public List<IndicatorTarget> targets = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "indicator_action_field",
            joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "action_field_id"))
    public Set<ActionField> actionFields = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "indicator_need",
            joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "need_id"))
    public Set<Need> needs = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "indicator_measure",
            joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "measure_id"))
    public Set<Measure> measures = new HashSet<>();
}
