package de.ihk.auth;

import de.ihk.access.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On a start without any administrator: creates the first one from ADMIN_USERNAME and ADMIN_PASSWORD, or, without a
 * password, prints a one-time setup link where the operator chooses it. No password is ever written to the log.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigProperty(name = "ihk.admin.username", defaultValue = "admin")
    String username;

    @ConfigProperty(name = "ihk.admin.password")
    Optional<String> password;

    @ConfigProperty(name = "ihk.demo-data.enabled")
    boolean demoData;

    @ConfigProperty(name = "ihk.public-url")
    Optional<String> publicUrl;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    @Inject
    AdminSetup setup;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        // Instances that start together take turns here, so that only the first creates the administrator.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('ihk.admin-bootstrap'))")
                .getSingleResult();
        if (Account.count("role", Role.ADMIN) > 0
                || Account.findByUsername(username).isPresent()) {
            return;
        }
        Optional<String> chosen = password.filter(p -> !p.isBlank());
        if (chosen.isEmpty() && demoData) {
            LOG.info("No administrator configured: with the demo data, log in as demo-admin (see the README).");
            return;
        }
        if (chosen.isEmpty()) {
            LOG.warnf(
                    "There is no administrator yet. Open %s/setup#token=%s to choose the administrator's user name and"
                            + " password (the link works once, for %d hours), or set ADMIN_PASSWORD and restart.",
                    baseUrl(), setup.issue(), AdminSetup.VALID_FOR.toHours());
            return;
        }
        Account admin = new Account();
        admin.username = username;
        admin.displayName = "Administration";
        admin.role = Role.ADMIN;
        admin.passwordHash = PasswordHasher.hash(chosen.get());
        admin.persist();
        LOG.infof("Created the administrator account '%s' from the configuration.", username);
    }

    private String baseUrl() {
        return publicUrl
                .filter(u -> !u.isBlank())
                .map(u -> u.replaceAll("/+$", ""))
                .orElse("http://localhost:" + port);
    }
}
