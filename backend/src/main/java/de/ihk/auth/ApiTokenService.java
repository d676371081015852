package de.ihk.auth;

import de.ihk.common.ApiException;
import de.ihk.common.FieldError;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.References;
import de.ihk.common.PagedQuery;
import de.ihk.common.SqlFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API tokens are created and revoked by admins; revocation takes effect with the next request. */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    static final Map<String, String> SORTABLE = Map.of("name", "lower(t.name)", "createdAt", "t.created_at", "expiresAt", "t.expires_at");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    References references;

    @Inject
    Clock clock;

    public Page<ApiTokenDto> list(PageRequest page) {
        user.requireAdmin();
        return PagedQuery.run(em, ApiToken.class, "api_token t", "t", new SqlFilter(), page).map(ApiTokenDto::of);
    }

    public ApiTokenDto get(UUID id) {
        user.requireAdmin();
        return ApiTokenDto.of(require(id));
    }

    public ApiTokenCreated create(ApiTokenInput input) {
        user.requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        RoleBinding binding = RoleBinding.resolve(references, input.role(), input.areaIds(), input.actorIds(), "A token", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String secret = TokenHashes.newSecret();
        ApiToken token = new ApiToken();
        token.name = input.name().trim();
        token.role = input.role();
        token.expiresAt = input.expiresAt();
        token.tokenHash = TokenHashes.hash(secret);
        token.createdBy = user.accountId();
        token.areas = binding.areas();
        token.actors = binding.actors();
        token.persistAndFlush();
        return new ApiTokenCreated(ApiTokenDto.of(token), secret);
    }

    public void revoke(UUID id) {
        user.requireAdmin();
        ApiToken token = require(id);
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
            token.touch();
        }
    }

    private ApiToken require(UUID id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw ApiException.notFound("There is no API token with id " + id + ".");
        }
        return token;
    }
}
