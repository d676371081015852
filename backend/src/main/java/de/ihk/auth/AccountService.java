package de.ihk.auth;

import de.ihk.common.ApiException;
import de.ihk.common.Etags;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Accounts are managed by admins only. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final Map<String, String> SORTABLE = Map.of("username", "lower(ac.username)", "role", "ac.role", "createdAt", "ac.created_at");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    References references;

    public Page<AccountDto> list(PageRequest page) {
        user.requireAdmin();
        return PagedQuery.run(em, Account.class, "account ac", "ac", new SqlFilter(), page).map(AccountDto::of);
    }

    public AccountDto get(UUID id) {
        user.requireAdmin();
        return AccountDto.of(require(id));
    }

    public AccountDto create(AccountInput input) {
        user.requireAdmin();
        if (input.password() == null) {
            throw ApiException.invalid("password", "A new account needs a password.");
        }
        requireUnusedUsername(input.username(), null);
        Account account = new Account();
        apply(account, input);
        account.persistAndFlush();
        return AccountDto.of(account);
    }

    public AccountDto update(UUID id, String ifMatch, AccountInput input) {
        user.requireAdmin();
        Account account = require(id);
        Etags.requireMatch(ifMatch, account.version);
        requireUnusedUsername(input.username(), account.id);
        if (account.id.equals(user.accountId()) && (input.role() != Role.ADMIN || Boolean.FALSE.equals(input.enabled()))) {
            throw ApiException.conflict("You cannot take away your own administrator role or disable yourself.");
        }
        apply(account, input);
        account.touch();
        em.flush();
        return AccountDto.of(account);
    }

    public void delete(UUID id, String ifMatch) {
        user.requireAdmin();
        Account account = require(id);
        Etags.requireMatch(ifMatch, account.version);
        if (account.id.equals(user.accountId())) {
            throw ApiException.conflict("You cannot delete your own account.");
        }
        account.delete();
    }

    private Account require(UUID id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw ApiException.notFound("There is no account with id " + id + ".");
        }
        return account;
    }

    private void requireUnusedUsername(String username, UUID except) {
        Account.findByUsername(username).filter(a -> !a.id.equals(except)).ifPresent(a -> {
            throw ApiException.conflict("The user name '" + username + "' is taken.");
        });
    }

    private void apply(Account account, AccountInput input) {
        List<FieldError> errors = new ArrayList<>();
        RoleBinding binding = RoleBinding.resolve(references, input.role(), input.areaIds(), input.actorIds(), "An account", errors);
        if (input.password() != null && input.password().getBytes(StandardCharsets.UTF_8).length > 72) {
            errors.add(new FieldError("password", "Must be at most 72 bytes long in UTF-8 (fewer characters when using umlauts)."));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        account.username = input.username().trim();
        account.displayName = input.displayName().trim();
        account.role = input.role();
        account.enabled = input.enabled() == null || input.enabled();
        account.areas = binding.areas();
        account.actors = binding.actors();
        if (input.password() != null) {
            account.passwordHash = PasswordHasher.hash(input.password());
        }
    }
}
