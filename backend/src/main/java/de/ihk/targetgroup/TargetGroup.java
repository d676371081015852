package de.ihk.targetgroup;

import de.ihk.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/** A target group (Zielgruppe) such as YOUTH, addressed by its code. */
@Entity
@Table(name = "target_group")
public class TargetGroup extends BaseEntity {

    public String code;

    @Column(name = "label_de")
    public String labelDe;

    @Column(name = "label_en")
    public String labelEn;

    public static Optional<TargetGroup> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
