package de.ihk.auth;

import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.common.ApiException;
import de.ihk.common.Etags;
import de.ihk.common.FieldError;
import de.ihk.common.Page;
import de.ihk.common.PageRequest;
import de.ihk.common.PagedQuery;
import de.ihk.common.SqlFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
        List<Area> areas = load(Area.class, input.areaIds(), "areaIds", "area", errors);
        List<Actor> actors = load(Actor.class, input.actorIds(), "actorIds", "actor", errors);
        if (input.password() != null && input.password().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            errors.add(new FieldError("password", "Must be at most 72 bytes long in UTF-8 (fewer characters when using umlauts)."));
        }
        if (input.role() == Role.ANONYMOUS) {
            errors.add(new FieldError("role", "An account cannot be anonymous."));
        }
        if (input.role() == Role.EDITOR && areas.isEmpty()) {
            errors.add(new FieldError("areaIds", "An editor needs at least one area."));
        }
        if (input.role() == Role.CONTRIBUTOR && actors.isEmpty()) {
            errors.add(new FieldError("actorIds", "A contributor needs at least one actor."));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        account.username = input.username().trim();
        account.displayName = input.displayName().trim();
        account.role = input.role();
        account.enabled = input.enabled() == null || input.enabled();
        account.areas = new HashSet<>(input.role() == Role.EDITOR ? areas : List.of());
        account.actors = new HashSet<>(input.role() == Role.CONTRIBUTOR ? actors : List.of());
        if (input.password() != null) {
            account.passwordHash = PasswordHasher.hash(input.password());
        }
    }

    /** Loads referenced areas or actors by id, reporting unknown ones at {@code field[i]}. */
    <E extends de.ihk.common.BaseEntity> List<E> load(Class<E> type, List<UUID> ids, String field, String label, List<FieldError> errors) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<E> found = em.createQuery("FROM " + type.getSimpleName() + " e WHERE e.id IN :ids", type)
                .setParameter("ids", new LinkedHashSet<>(ids)).getResultList();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (found.stream().noneMatch(e -> e.id.equals(id))) {
                errors.add(new FieldError(field + "[" + i + "]", "There is no " + label + " with id " + id + "."));
            }
        }
        return found;
    }
}
