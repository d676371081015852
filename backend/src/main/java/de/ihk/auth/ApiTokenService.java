package de.ihk.auth;

import de.ihk.access.CurrentUser;
import de.ihk.common.ApiException;
import de.ihk.common.FieldError;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.References;
import de.ihk.common.SqlFilter;
import de.ihk.write.RecordKind;
import de.ihk.write.RecordType;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API tokens are created and revoked by admins; revocation takes effect with the next request. */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    /** Tokens live at most this long; integrations renew them. */
    static final Duration MAX_LIFETIME = Duration.ofDays(10 * 365);

    static final RecordKind<ApiToken> KIND = RecordKind.of(RecordType.API_TOKEN, ApiToken.class)
            .label(t -> t.name)
            .representation(ApiTokenDto::of);

    static final Map<String, String> SORTABLE =
            Map.of("name", "lower(t.name)", "createdAt", "t.created_at", "expiresAt", "t.expires_at");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Writes writes;

    @Inject
    References references;

    @Inject
    Clock clock;

    public Page<ApiTokenDto> list(PageRequest page) {
        user.requireAdmin();
        return PagedQuery.run(em, ApiToken.class, "api_token t", "t", new SqlFilter(), page)
                .map(ApiTokenDto::of);
    }

    public ApiTokenDto get(UUID id) {
        user.requireAdmin();
        return ApiTokenDto.of(require(id));
    }

    public ApiTokenCreated create(String body) {
        user.requireAdmin();
        String secret = TokenHashes.newSecret();
        ApiToken token = writes.create(KIND, new ApiToken(), body, ApiTokenInput.class, (t, input) -> {
            List<FieldError> errors = new ArrayList<>();
            RoleBinding binding =
                    RoleBinding.resolve(references, input.role(), input.areaIds(), input.actorIds(), "A token", errors);
            if (input.expiresAt().isAfter(clock.instant().plus(MAX_LIFETIME))) {
                errors.add(new FieldError(
                        "expiresAt", "Must be at most " + MAX_LIFETIME.toDays() / 365 + " years ahead."));
            }
            References.failIfAny(errors);
            t.name = input.name().trim();
            t.role = input.role();
            t.expiresAt = input.expiresAt();
            t.tokenHash = TokenHashes.hash(secret);
            t.createdBy = user.accountId();
            t.areas = binding.areas();
            t.actors = binding.actors();
        });
        return new ApiTokenCreated(ApiTokenDto.of(token), secret);
    }

    /** Revokes the token (once; revoking it again changes nothing). */
    public void revoke(UUID id) {
        user.requireAdmin();
        writes.updateUnconditionally(KIND, require(id), token -> {
            if (token.revokedAt == null) {
                token.revokedAt = clock.instant();
            }
        });
    }

    private ApiToken require(UUID id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw ApiException.notFound("There is no API token with id " + id + ".");
        }
        return token;
    }
}
