package de.ihk.auth;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcTenantConfig.TokenStateManager.Strategy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity provider as quarkus-oidc sees it: a web app using the authorization code flow with PKCE, on the paths
 * under {@value #PATH} only, and only when an issuer is configured. Everywhere else (and without an issuer) no tenant
 * is resolved and quarkus-oidc does nothing.
 */
@ApplicationScoped
public class SsoTenant implements TenantConfigResolver {

    static final String PATH = "/api/v1/auth/oidc/";
    static final String TENANT = "sso";
    /** quarkus-oidc's session cookie of this tenant; our own session replaces it at once. */
    static final String SESSION_COOKIE = "q_session_" + TENANT;

    @Inject
    SsoConfig config;

    @Inject
    SessionCodec.Config sessions;

    private volatile OidcTenantConfig tenant;

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        if (!config.enabled() || !context.normalizedPath().startsWith(PATH)) {
            return Uni.createFrom().nullItem();
        }
        OidcTenantConfig resolved = tenant;
        if (resolved == null) {
            resolved = build();
            tenant = resolved;
        }
        return Uni.createFrom().item(resolved);
    }

    private OidcTenantConfig build() {
        String secret = config.clientSecret().orElse("");
        return OidcTenantConfig.builder()
                .tenantId(TENANT)
                .authServerUrl(config.issuer().orElseThrow())
                .clientId(config.clientId().orElseThrow(() -> new IllegalStateException("OIDC_CLIENT_ID is not set")))
                .credentials(secret)
                .applicationType(ApplicationType.WEB_APP)
                .authentication()
                .pkceRequired()
                .scopes(config.scopes())
                .redirectPath(PATH + "callback")
                .restorePathAfterRedirect()
                .forceRedirectHttpsScheme(sessions.secureCookies())
                .cookieForceSecure(sessions.secureCookies())
                // Every instance must read the state and session cookies of every other one.
                .stateSecret(derive("state", secret))
                .end()
                .tokenStateManager()
                .strategy(Strategy.ID_TOKEN)
                .encryptionSecret(derive("session", secret))
                .end()
                .build();
    }

    /** A secret of at least 32 characters derived from the client secret, the same on every instance. */
    private static String derive(String purpose, String clientSecret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(
                            sha.digest(("ihk-oidc-" + purpose + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
