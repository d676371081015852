package de.ihk.demo;

import de.ihk.access.Role;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.auth.Account;
import de.ihk.auth.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;

/**
 * One account per role for trying the demo locally (see the README). Their passwords are public:
 * never load the demo data into a database that is reachable from outside.
 */
@ApplicationScoped
public class DemoAccounts {

    static final UUID QUARTER_MANAGEMENT = UUID.fromString("00000000-0000-4000-8000-000000003011");

    @Inject
    EntityManager em;

    @Transactional
    void create() {
        Area schinkel = Area.findBySlug("schinkel").orElseThrow();
        account("demo-admin", "Stadtverwaltung Osnabrück", "demo-admin-passwort", Role.ADMIN, Set.of(), Set.of());
        account(
                "demo-redaktion",
                "Quartiersmanagement Schinkel",
                "demo-redaktion-passwort",
                Role.EDITOR,
                Set.of(schinkel),
                Set.of());
        account(
                "demo-beitrag",
                "Stadtteilbüro Schinkel",
                "demo-beitrag-passwort",
                Role.CONTRIBUTOR,
                Set.of(),
                Set.of(em.find(Actor.class, QUARTER_MANAGEMENT)));
    }

    private static void account(
            String username, String displayName, String password, Role role, Set<Area> areas, Set<Actor> actors) {
        Account account = new Account();
        account.username = username;
        account.displayName = displayName;
        account.passwordHash = PasswordHasher.hash(password);
        account.role = role;
        account.areas.addAll(areas);
        account.actors.addAll(actors);
        account.persist();
    }
}
