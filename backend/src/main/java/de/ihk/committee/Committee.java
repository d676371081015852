package de.ihk.committee;

import de.ihk.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A council committee (Ausschuss / Gremium) of a municipality. */
@Entity
@Table(name = "committee")
public class Committee extends BaseEntity {

    public String name;

    @Column(name = "short_name")
    public String shortName;

    public String municipality;

    @Column(name = "oparl_organization_url")
    public String oparlOrganizationUrl;
}
