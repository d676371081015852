package de.ihk.actionfield;

import de.ihk.area.Area;
import de.ihk.common.PublishableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An action field (Handlungsfeld) of an area, e.g. "Bildung und Qualifizierung". */
@Entity
@Table(name = "action_field")
public class ActionField extends PublishableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    public String code;
    public String title;
    public String description;
    public String goal;

    /** Short summary in Leichte Sprache (plain-language German), shown to readers who chose Leichte Sprache. */
    @Column(name = "easy_language_summary")
    public String easyLanguageSummary;

    public int position;
    public String color;
}
