package de.ihk.webhook;

import de.ihk.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A webhook subscription: the receiver's URL, which changes it wants, and the secret that signs what it is sent. Where
 * its delivery stands lives apart (table {@code webhook_dispatch}, written by {@link WebhookDispatcher} only).
 */
@Entity
@Table(name = "webhook")
public class Webhook extends BaseEntity {

    public String url;

    public String description;

    /** Record types of the change feed ({@code MEASURE}, …) or {@code *} for all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] events;

    /** The areas whose changes it wants; none for every area. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "area_ids")
    public UUID[] areaIds;

    /** {@code whsec_} and the base64 of the key; never shown again after the creation, never in the history. */
    public String secret;

    /** False when an administrator or the dispatcher (after too many failures, or a 410 Gone) disabled it. */
    public boolean active = true;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "created_by")
    public UUID createdBy;
}
