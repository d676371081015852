package de.ihk.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Identity, optimistic-locking version and timestamps shared by every record. */
@MappedSuperclass
public abstract class BaseEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = now();
        updatedAt = createdAt;
    }

    /**
     * Marks the record as changed. Called on every update, so that a PUT always yields a new
     * version (and ETag), also when only its associations changed.
     */
    public void touch() {
        updatedAt = now();
    }

    /** The current time as the database keeps it (microseconds). */
    public static Instant now() {
        // PostgreSQL stores microseconds; truncating keeps the value read back equal to the one written.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
