package de.ihk.auth;

import de.ihk.access.CurrentUser;
import de.ihk.access.Role;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Accounts are managed by admins only. */
@ApplicationScoped
@Transactional
public class AccountService {

    /** The history of accounts shows who gave which role to whom; passwords are not part of the representation. */
    static final RecordKind<Account> KIND = RecordKind.of(RecordType.ACCOUNT, Account.class)
            .label(a -> a.username)
            .representation(AccountDto::of);

    static final Map<String, String> SORTABLE =
            Map.of("username", "lower(ac.username)", "role", "ac.role", "createdAt", "ac.created_at");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Writes writes;

    @Inject
    References references;

    public Page<AccountDto> list(PageRequest page) {
        user.requireAdmin();
        return PagedQuery.run(em, Account.class, "account ac", "ac", new SqlFilter(), page)
                .map(AccountDto::of);
    }

    public AccountDto get(UUID id) {
        user.requireAdmin();
        return AccountDto.of(require(id));
    }

    public AccountDto create(String body) {
        user.requireAdmin();
        return AccountDto.of(writes.create(KIND, new Account(), body, AccountInput.class, (account, input) -> {
            if (input.password() == null) {
                throw ApiException.invalid("password", "A new account needs a password.");
            }
            requireUnusedUsername(input.username(), null);
            apply(account, input);
        }));
    }

    public AccountDto update(UUID id, String ifMatch, String body) {
        user.requireAdmin();
        return AccountDto.of(writes.update(KIND, require(id), ifMatch, body, AccountInput.class, (account, input) -> {
            requireUnusedUsername(input.username(), account.id);
            if (account.id.equals(user.accountId())
                    && (input.role() != Role.ADMIN || Boolean.FALSE.equals(input.enabled()))) {
                throw ApiException.conflict("You cannot take away your own administrator role or disable yourself.");
            }
            apply(account, input);
        }));
    }

    public void delete(UUID id, String ifMatch) {
        user.requireAdmin();
        writes.delete(KIND, require(id), ifMatch, account -> {
            if (account.id.equals(user.accountId())) {
                throw ApiException.conflict("You cannot delete your own account.");
            }
        });
    }

    /** "Log out everywhere" for an account, by an admin. */
    public void endSessions(UUID id) {
        user.requireAdmin();
        Account.endSessionsOf(require(id).id);
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
        RoleBinding binding =
                RoleBinding.resolve(references, input.role(), input.areaIds(), input.actorIds(), "An account", errors);
        if (input.password() != null && !PasswordHasher.fits(input.password())) {
            errors.add(new FieldError("password", PasswordHasher.TOO_LONG));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        boolean enabled = input.enabled() == null || input.enabled();
        boolean rightsChange = !binding.isHeldBy(account) || !enabled;
        account.username = input.username().trim();
        account.displayName = input.displayName().trim();
        account.role = input.role();
        account.enabled = enabled;
        account.ssoSuspended = false; // an administrator's choice stands until single sign-on suspends it anew
        account.email = blankToNull(input.email());
        if (input.language() != null) {
            account.language = input.language();
        }
        if (account.email == null) {
            account.digestSubscribed = false; // no address, no digest
        }
        account.areas = binding.areas();
        account.actors = binding.actors();
        if (input.password() != null) {
            account.passwordHash = PasswordHasher.hash(input.password());
        }
        if (rightsChange || input.password() != null) {
            // Rights are read afresh on every request anyway; ending the sessions as well puts out whoever held the
            // old password or a copied cookie, and makes everyone sign in again under the new role.
            account.endSessions();
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
