package de.ihk.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Single sign-on with OpenID Connect, from the environment (see docs/single-sign-on.md). Without an issuer it is off
 * and nothing of it is active.
 */
@ConfigMapping(prefix = "ihk.sso")
public interface SsoConfig {

    /** The identity provider's issuer URL (OIDC_ISSUER), e.g. https://login.example/realms/city. */
    Optional<String> issuer();

    Optional<String> clientId();

    Optional<String> clientSecret();

    /** Scopes asked for besides {@code openid}. */
    @WithDefault("profile,email")
    List<String> scopes();

    /** The claim that becomes the user name; {@code email}, then {@code sub} when it is missing. */
    @WithDefault("preferred_username")
    String usernameClaim();

    /** The claim of the ID token that lists the person's groups or roles. */
    @WithDefault("groups")
    String roleClaim();

    /** The group that makes an administrator. */
    @WithDefault("ihk-admin")
    String adminGroup();

    /** Prefix of the groups that make an editor of an area: prefix + the area's slug. */
    @WithDefault("ihk-redaktion-")
    String editorGroupPrefix();

    /** Prefix of the groups that make a contributor for an actor: prefix + the actor's id. */
    @WithDefault("ihk-beitrag-")
    String contributorGroupPrefix();

    /** Whether accounts may still sign in with a password; off, only the first administrator may (break-glass). */
    @WithDefault("true")
    boolean localLogin();

    default boolean enabled() {
        return issuer().filter(i -> !i.isBlank()).isPresent();
    }
}
