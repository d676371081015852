package de.ihk.auth;

import de.ihk.common.Versioned;
import java.time.DayOfWeek;
import java.util.List;

/**
 * What a person sets for their own account: the e-mail address, the language of mails and the weekly digest; and
 * whether the server can send mail at all ({@code missingMailSettings} names what the operator has not set).
 */
public record AccountSettingsDto(
        long version,
        String username,
        String email,
        String language,
        boolean digestSubscribed,
        DayOfWeek digestWeekday,
        boolean mailConfigured)
        implements Versioned {

    static AccountSettingsDto of(Account a, List<String> missingMailSettings) {
        return new AccountSettingsDto(
                a.version,
                a.username,
                a.email,
                a.language,
                a.digestSubscribed,
                a.digestWeekday,
                missingMailSettings.isEmpty());
    }
}
