package de.ihk.auth;

import de.ihk.access.Role;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A credential for an integration, sent as {@code Authorization: Bearer}. Only its SHA-256 is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

    public String name;

    @Column(name = "token_hash")
    public String tokenHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @ManyToMany
    @JoinTable(
            name = "api_token_area",
            joinColumns = @JoinColumn(name = "token_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    public Set<Area> areas = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "api_token_actor",
            joinColumns = @JoinColumn(name = "token_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    public Set<Actor> actors = new HashSet<>();

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
