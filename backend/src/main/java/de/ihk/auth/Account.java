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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person who logs in: an editor of areas, a contributor for actors, or an admin. */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    public String username;

    /** {@link UserNames#key} of the user name, kept in step by the entity itself; unique. */
    @Column(name = "username_key")
    public String usernameKey;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean enabled = true;

    /** Session cookies carry it; moving it on ends every session of the account. */
    @Column(name = "session_generation")
    public long sessionGeneration;

    /** The identity provider and the person's subject there, for accounts of single sign-on; null otherwise. */
    @Column(name = "oidc_issuer")
    public String oidcIssuer;

    @Column(name = "oidc_subject")
    public String oidcSubject;

    /** Disabled by single sign-on (no mapped group any more), which enables it again; not by an administrator. */
    @Column(name = "sso_suspended")
    public boolean ssoSuspended;

    /** Where reminders go; null: none. */
    public String email;

    /** "de" or "en": the language of the mails the account receives. */
    public String language = "de";

    /** Whether the account receives the weekly digest (needs an e-mail address), and on which day. */
    @Column(name = "digest_subscribed")
    public boolean digestSubscribed;

    @Enumerated(EnumType.STRING)
    @Column(name = "digest_weekday")
    public DayOfWeek digestWeekday = DayOfWeek.MONDAY;

    @ManyToMany
    @JoinTable(
            name = "account_area",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    public Set<Area> areas = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "account_actor",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    public Set<Actor> actors = new HashSet<>();

    @PrePersist
    @PreUpdate
    void keyUsername() {
        usernameKey = UserNames.key(username);
    }

    /** Ends every session of the account, on every instance: their cookies carry the old generation. */
    public void endSessions() {
        sessionGeneration++;
    }

    /**
     * The same for an account that is not being edited in this transaction, without touching its version (so that no
     * one's edit of it is refused). Not for a loaded account about to be saved: its flush would write the old value back.
     */
    public static void endSessionsOf(UUID id) {
        update("sessionGeneration = sessionGeneration + 1 where id = ?1", id);
    }

    public static Optional<Account> findBySso(String issuer, String subject) {
        return find("oidcIssuer = ?1 and oidcSubject = ?2", issuer, subject).firstResultOptional();
    }

    public static Optional<Account> findByUsername(String username) {
        return find("usernameKey", UserNames.key(username)).firstResultOptional();
    }
}
