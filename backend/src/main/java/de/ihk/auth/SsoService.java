package de.ihk.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.common.ApiException;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Single sign-on: creates or updates the account of a person the identity provider vouched for, with the role its
 * groups map to (again on every sign-on, so that rights taken away there are taken away here), and builds the URL
 * that ends the session at the identity provider too.
 */
@ApplicationScoped
public class SsoService {

    private static final Logger LOG = Logger.getLogger(SsoService.class);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Inject
    SsoConfig config;

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ihk.admin.username", defaultValue = "admin")
    String breakGlassAdmin;

    private volatile String endSessionEndpoint;

    /** What the ID token says of the person. */
    public record Identity(String issuer, String subject, String username, String displayName, List<String> groups) {}

    /** Why a person the identity provider vouched for may not sign in here. */
    public enum Refusal {
        /** None of the person's groups maps to a role. */
        NO_ROLE,
        /** An administrator disabled the account. */
        DISABLED,
        /** Another account has the person's user name. */
        USERNAME_TAKEN
    }

    public record Outcome(Account account, Refusal refusal) {}

    public SsoConfig config() {
        return config;
    }

    /** Refuses a password login when local passwords are switched off, except for the first administrator. */
    public void requireLocalLogin(String username) {
        if (config.enabled()
                && !config.localLogin()
                && (username == null || !UserNames.key(username).equals(UserNames.key(breakGlassAdmin)))) {
            throw ApiException.forbidden(
                    "Signing in with a password is switched off here; sign in with the city account (single sign-on).");
        }
    }

    @Transactional
    public Outcome signIn(Identity identity) {
        Optional<Account> existing = Account.findBySso(identity.issuer(), identity.subject());
        Optional<RoleBinding> binding = SsoRoles.map(
                identity.groups(), config, Area::findBySlug, id -> Optional.ofNullable(em.find(Actor.class, id)));
        if (binding.isEmpty()) {
            existing.filter(a -> a.enabled).ifPresent(account -> {
                LOG.infof(
                        "Single sign-on suspended the account '%s': none of its groups maps to a role.",
                        account.username);
                writes.updateUnconditionally(AccountService.KIND, account, a -> {
                    a.enabled = false;
                    a.ssoSuspended = true;
                    a.endSessions();
                });
            });
            return new Outcome(null, Refusal.NO_ROLE);
        }
        if (existing.isPresent() && !existing.get().enabled && !existing.get().ssoSuspended) {
            return new Outcome(null, Refusal.DISABLED);
        }
        UUID self = existing.map(a -> a.id).orElse(null);
        if (Account.findByUsername(identity.username())
                .filter(a -> !a.id.equals(self))
                .isPresent()) {
            LOG.warnf(
                    "Single sign-on refused '%s': a local account has that user name (rename or delete it).",
                    identity.username());
            return new Outcome(null, Refusal.USERNAME_TAKEN);
        }
        RoleBinding grant = binding.get();
        if (existing.isEmpty()) {
            Account created = writes.create(AccountService.KIND, new Account(), account -> {
                account.oidcIssuer = identity.issuer();
                account.oidcSubject = identity.subject();
                account.passwordHash = PasswordHasher.hash(unguessable()); // signs in with the identity provider only
                apply(account, identity, grant);
            });
            return new Outcome(created, null);
        }
        Account account = existing.get();
        if (!matches(account, identity, grant)) {
            boolean rightsChange = !grant.isHeldBy(account);
            writes.updateUnconditionally(AccountService.KIND, account, a -> {
                apply(a, identity, grant);
                if (rightsChange) {
                    a.endSessions(); // as when an admin changes the role: sessions under the old rights end
                }
            });
        }
        return new Outcome(account, null);
    }

    /** Our own session for the account, made the way a password login makes it. */
    SessionCodec.Session newSession(Account account) {
        Instant now = clock.instant();
        return SessionCodec.Session.begin(account, now);
    }

    private static void apply(Account account, Identity identity, RoleBinding grant) {
        account.username = identity.username();
        account.displayName = identity.displayName();
        account.role = grant.role();
        account.areas = grant.areas();
        account.actors = grant.actors();
        account.enabled = true;
        account.ssoSuspended = false;
    }

    private static boolean matches(Account account, Identity identity, RoleBinding grant) {
        return account.enabled
                && account.username.equals(identity.username())
                && account.displayName.equals(identity.displayName())
                && grant.isHeldBy(account);
    }

    private static String unguessable() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The identity provider's end-session URL (RP-initiated logout) that returns to {@code returnTo}; empty when
     * single sign-on is off or the provider has no such endpoint.
     */
    public Optional<String> logoutUrl(String idToken, URI returnTo) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        return endSessionEndpoint().map(endpoint -> {
            StringBuilder url = new StringBuilder(endpoint).append(endpoint.contains("?") ? '&' : '?');
            if (idToken != null && !idToken.isBlank()) {
                url.append("id_token_hint=").append(encode(idToken)).append('&');
            }
            return url.append("client_id=")
                    .append(encode(config.clientId().orElse("")))
                    .append("&post_logout_redirect_uri=")
                    .append(encode(returnTo.toString()))
                    .toString();
        });
    }

    private Optional<String> endSessionEndpoint() {
        String known = endSessionEndpoint;
        if (known != null) {
            return Optional.of(known).filter(e -> !e.isEmpty());
        }
        String issuer = config.issuer().orElseThrow().replaceAll("/+$", "");
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf("The identity provider's discovery document answered %d.", response.statusCode());
                return Optional.empty();
            }
            JsonNode endpoint = json.readTree(response.body()).path("end_session_endpoint");
            known = endpoint.isTextual() ? endpoint.asText() : "";
            endSessionEndpoint = known;
            if (known.isEmpty()) {
                LOG.warn("The identity provider names no end_session_endpoint: logging out ends our session only.");
            }
            return Optional.of(known).filter(e -> !e.isEmpty());
        } catch (IOException e) {
            LOG.warnf("The identity provider's discovery document could not be read: %s", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The user name from the configured claim, else the e-mail address, else the subject; at most 100 characters. */
    static String username(String configured, String email, String subject) {
        String name = firstNonBlank(configured, email, subject);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    static String displayName(String name, String given, String family, String username) {
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        String chosen = firstNonBlank(name, joined, username);
        return chosen.length() > 200 ? chosen.substring(0, 200) : chosen;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }
}
