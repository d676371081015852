package de.ihk.auth;

import de.ihk.access.Role;
import de.ihk.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The one-time setup link for the first administrator, for a start without ADMIN_PASSWORD: the operator opens it and
 * chooses the user name and password, so that no password is ever written to the log. Only the link's hash is kept;
 * it works once and for {@link #VALID_FOR}.
 */
@ApplicationScoped
public class AdminSetup {

    static final Duration VALID_FOR = Duration.ofHours(24);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A new secret for a setup link. */
    @Transactional
    public String issue() {
        Instant now = clock.instant();
        em.createNativeQuery("DELETE FROM admin_setup WHERE expires_at < :now")
                .setParameter("now", now)
                .executeUpdate();
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("INSERT INTO admin_setup (token_hash, expires_at) VALUES (:hash, :expires)")
                .setParameter("hash", TokenHashes.hash(secret))
                .setParameter("expires", now.plus(VALID_FOR))
                .executeUpdate();
        return secret;
    }

    /** Creates the administrator and uses the link up (every other open link too). */
    @Transactional
    public AccountDto complete(AdminSetupInput input) {
        if (!PasswordHasher.fits(input.password())) {
            throw ApiException.invalid("password", PasswordHasher.TOO_LONG);
        }
        int used = em.createNativeQuery("DELETE FROM admin_setup WHERE token_hash = :hash AND expires_at > :now")
                .setParameter("hash", TokenHashes.hash(input.token()))
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (used == 0) {
            throw ApiException.notFound("This setup link is unknown, used or expired. Restart the application for a new"
                    + " one, or set ADMIN_PASSWORD.");
        }
        if (Account.findByUsername(input.username()).isPresent()) {
            throw ApiException.conflict("The user name '" + input.username() + "' is taken.");
        }
        em.createNativeQuery("DELETE FROM admin_setup").executeUpdate();
        Account admin = new Account();
        admin.username = input.username().trim();
        admin.displayName = "Administration";
        admin.role = Role.ADMIN;
        admin.passwordHash = PasswordHasher.hash(input.password());
        admin.persist();
        return AccountDto.of(admin);
    }
}
