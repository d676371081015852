package de.ihk.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first administrator as chosen through the setup link; the same rules as for any account. */
public record AdminSetupInput(
        @NotBlank @Size(max = 100) String token,

        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = AccountInput.USERNAME_PATTERN, message = AccountInput.USERNAME_MESSAGE)
        String username,

        @NotBlank @Size(min = 12, max = 72, message = AccountInput.PASSWORD_MESSAGE)
        String password) {}
