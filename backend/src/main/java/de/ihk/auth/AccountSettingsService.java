package de.ihk.auth;

import de.ihk.access.CurrentUser;
import de.ihk.common.ApiException;
import de.ihk.common.MailSetup;
import de.ihk.write.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A person's own settings (e-mail, language, weekly digest), and unsubscribing through a mail's link. */
@ApplicationScoped
@Transactional
public class AccountSettingsService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Writes writes;

    @Inject
    MailSetup mail;

    public AccountSettingsDto get() {
        return AccountSettingsDto.of(own(), mail.missing());
    }

    public AccountSettingsDto update(String ifMatch, String body) {
        Account account =
                writes.update(AccountService.KIND, own(), ifMatch, body, AccountSettingsInput.class, (a, input) -> {
                    String email = AccountService.blankToNull(input.email());
                    if (input.digestSubscribed() && email == null) {
                        throw ApiException.invalid("email", "The weekly digest needs an e-mail address.");
                    }
                    a.email = email;
                    a.language = input.language();
                    a.digestSubscribed = input.digestSubscribed();
                    a.digestWeekday = input.digestWeekday();
                });
        return AccountSettingsDto.of(account, mail.missing());
    }

    /**
     * Ends the weekly digest of the account named by a verified unsubscribe link, through the one write path (the
     * history names the link as the author). Returns false when the account no longer exists.
     */
    public boolean unsubscribe(UUID accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return false;
        }
        if (account.digestSubscribed) {
            user.runAsSystem(
                    "Unsubscribe link",
                    () -> writes.updateUnconditionally(AccountService.KIND, account, a -> a.digestSubscribed = false));
        }
        return true;
    }

    /** The language of the account's mails, for the pages of its unsubscribe link. */
    public String languageOf(UUID accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "de" : account.language;
    }

    private Account own() {
        user.requireSignedIn();
        UUID id = user.accountId();
        if (id == null || user.tokenId() != null) {
            throw ApiException.forbidden("Only a person signed in with their account has settings.");
        }
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw ApiException.unauthorized();
        }
        return account;
    }
}
