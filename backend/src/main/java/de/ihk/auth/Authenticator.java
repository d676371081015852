package de.ihk.auth;

import de.ihk.access.CurrentUser;
import de.ihk.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/** Resolves the credentials of a request (API token or session cookie) into the {@link CurrentUser}. */
@ApplicationScoped
public class Authenticator {

    /** How stale a token's "last used" may get before it is written again. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(10);

    @Inject
    EntityManager em;

    @Inject
    SessionCodec sessions;

    @Inject
    Clock clock;

    @Transactional
    public void fromToken(String secret, CurrentUser user) {
        Instant now = clock.instant();
        // One query with the token's areas and actors (an API token names few of each).
        ApiToken token = em.createQuery(
                        "SELECT DISTINCT t FROM ApiToken t LEFT JOIN FETCH t.areas LEFT JOIN FETCH t.actors"
                                + " WHERE t.tokenHash = :hash",
                        ApiToken.class)
                .setParameter("hash", TokenHashes.hash(secret))
                .getResultStream()
                .findFirst()
                .filter(t -> t.isUsableAt(now))
                .orElseThrow(() -> ApiException.unauthorized("The API token is unknown, expired or revoked."));
        if (token.lastUsedAt == null
                || token.lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now)) {
            // A bulk update, not a versioned one of the entity: concurrent requests with the same token would fail
            // on each other's version; this way the first one writes and the others find nothing left to do.
            em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                            + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :stale)")
                    .setParameter("now", now)
                    .setParameter("id", token.id)
                    .setParameter("stale", now.minus(LAST_USED_PRECISION))
                    .executeUpdate();
        }
        user.signIn(
                token.role,
                null,
                token.id,
                token.name,
                token.areas.stream().map(a -> a.id).collect(Collectors.toSet()),
                token.actors.stream().map(a -> a.id).collect(Collectors.toSet()));
    }

    /** Signs the user in from a session cookie; empty when the cookie is no longer valid. */
    @Transactional
    public Optional<SessionCodec.Session> fromSession(String cookie, CurrentUser user) {
        Instant now = clock.instant();
        Optional<SessionCodec.Session> session = sessions.decode(cookie, now);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        // One query with the account's areas and actors.
        Account account = em.createQuery(
                        "SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.areas LEFT JOIN FETCH a.actors WHERE a.id = :id",
                        Account.class)
                .setParameter("id", session.get().accountId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null
                || !account.enabled
                || account.sessionGeneration != session.get().generation()) {
            return Optional.empty();
        }
        signIn(account, user);
        return session;
    }

    static void signIn(Account account, CurrentUser user) {
        user.signIn(
                account.role,
                account.id,
                null,
                account.displayName,
                account.areas.stream().map(a -> a.id).collect(Collectors.toSet()),
                account.actors.stream().map(a -> a.id).collect(Collectors.toSet()));
    }
}
