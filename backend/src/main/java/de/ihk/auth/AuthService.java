package de.ihk.auth;

import de.ihk.access.CurrentUser;
import de.ihk.actor.ActorSummary;
import de.ihk.area.Area;
import de.ihk.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AuthService {

    @Inject
    EntityManager em;

    @Inject
    LoginThrottle throttle;

    @Inject
    SessionCodec sessions;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public record LoggedIn(SessionCodec.Session session, MeDto me) {}

    /** Checks the password; failures are counted (and kept) even though the request is refused. */
    @Transactional(dontRollbackOn = ApiException.class)
    public LoggedIn login(LoginInput input, String clientAddress) {
        Instant now = clock.instant();
        throttle.checkAllowed(input.username(), clientAddress, now);
        Optional<Account> account = Account.findByUsername(input.username());
        boolean valid;
        if (account.isEmpty()) {
            PasswordHasher.spendCheckTime(input.password());
            valid = false;
        } else {
            valid = PasswordHasher.matches(input.password(), account.get().passwordHash) && account.get().enabled;
        }
        if (!valid) {
            throttle.recordFailure(input.username(), clientAddress, now);
            throw ApiException.unauthorized("The user name or the password is wrong.");
        }
        throttle.recordSuccess(input.username());
        SessionCodec.Session session = SessionCodec.Session.begin(account.get(), now);
        Authenticator.signIn(account.get(), user);
        return new LoggedIn(session, me(account.get(), sessions.csrfToken(session)));
    }

    /** Ends every session of the signed-in account, on every device and instance. */
    @Transactional
    public void logout() {
        if (user.accountId() != null) {
            Account.endSessionsOf(user.accountId());
        }
    }

    @Transactional
    public MeDto me() {
        user.requireSignedIn();
        if (user.accountId() != null) {
            return me(em.find(Account.class, user.accountId()), null);
        }
        ApiToken token = em.find(ApiToken.class, user.tokenId());
        return new MeDto(
                null, null, token.name, token.role, true, areas(token.areas), ActorSummary.of(token.actors), null);
    }

    private static MeDto me(Account account, String csrfToken) {
        return new MeDto(
                account.id,
                account.username,
                account.displayName,
                account.role,
                false,
                areas(account.areas),
                ActorSummary.of(account.actors),
                csrfToken);
    }

    static List<MeDto.AreaRef> areas(java.util.Collection<Area> areas) {
        return areas.stream()
                .sorted(Comparator.comparing(a -> a.name))
                .map(a -> new MeDto.AreaRef(a.id, a.slug, a.name))
                .toList();
    }
}
