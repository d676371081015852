package de.ihk.auth;

import de.ihk.access.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator on a start without any admin account, from ADMIN_USERNAME and
 * ADMIN_PASSWORD. Without a configured password a random one is generated and logged once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigProperty(name = "ihk.admin.username", defaultValue = "admin")
    String username;

    @ConfigProperty(name = "ihk.admin.password")
    Optional<String> password;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (Account.count("role", Role.ADMIN) > 0
                || Account.findByUsername(username).isPresent()) {
            return;
        }
        Account admin = new Account();
        admin.username = username;
        admin.displayName = "Administration";
        admin.role = Role.ADMIN;
        String chosen = password.filter(p -> !p.isBlank()).orElseGet(AdminBootstrap::randomPassword);
        admin.passwordHash = PasswordHasher.hash(chosen);
        admin.persist();
        if (password.filter(p -> !p.isBlank()).isPresent()) {
            LOG.infof("Created the administrator account '%s' from the configuration.", username);
        } else {
            LOG.warnf(
                    "Created the administrator account '%s' with the generated password %s – set ADMIN_PASSWORD to choose one.",
                    username, chosen);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
