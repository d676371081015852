package de.ihk.actor;

import de.ihk.common.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An actor (Akteur): a city department, social organisation, network body …, shared by the areas of a municipality. */
@Entity
@Table(name = "actor")
public class Actor extends BaseEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public ActorKind kind;

    public String municipality;
    public String description;
    public String website;
    public String email;
}
