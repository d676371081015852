package de.ihk.auth;

import de.ihk.access.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** An account as an admin writes it. The password is required on creation and resets it when given on update. */
public record AccountInput(
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = AccountInput.USERNAME_PATTERN, message = AccountInput.USERNAME_MESSAGE)
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,
        Boolean enabled,
        @Size(max = 500) List<@NotNull UUID> areaIds,
        @Size(max = 500) List<@NotNull UUID> actorIds,

        @Size(min = 12, max = 72, message = AccountInput.PASSWORD_MESSAGE)
        String password,

        @Size(max = 254) @Email(regexp = AccountInput.EMAIL_PATTERN, message = AccountInput.EMAIL_MESSAGE)
        String email,

        @Pattern(regexp = AccountInput.LANGUAGE_PATTERN, message = AccountInput.LANGUAGE_MESSAGE)
        String language) {

    static final String USERNAME_PATTERN = "[A-Za-z0-9._@-]+";
    static final String USERNAME_MESSAGE = "Must contain only letters, digits and . _ @ -.";
    static final String PASSWORD_MESSAGE = "Must be between 12 and 72 characters long.";
    /** On top of {@link Email}'s syntax: a domain with a dot, no spaces (an address a mail server can deliver to). */
    static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}";

    static final String EMAIL_MESSAGE = "Must be an e-mail address such as name@example.de.";
    static final String LANGUAGE_PATTERN = "de|en";
    static final String LANGUAGE_MESSAGE = "Must be 'de' or 'en'.";
}
