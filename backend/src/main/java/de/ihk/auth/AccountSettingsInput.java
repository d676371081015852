package de.ihk.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;

/** A person's own settings as they write them; subscribing needs an e-mail address. */
public record AccountSettingsInput(
        @Size(max = 254) @Email(regexp = AccountInput.EMAIL_PATTERN, message = AccountInput.EMAIL_MESSAGE)
        String email,

        @NotNull @Pattern(regexp = AccountInput.LANGUAGE_PATTERN, message = AccountInput.LANGUAGE_MESSAGE)
        String language,

        @NotNull Boolean digestSubscribed,
        @NotNull DayOfWeek digestWeekday) {}
