package de.ihk.message;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A resident's message as the form sends it. {@code website} is the honeypot: a field people do not see, which must
 * stay empty. {@code formToken} is what {@code GET …/messages/form} handed out when the form was shown.
 *
 * @param subject what the message is about when it names neither a measure nor a need (ACCESSIBILITY or GENERAL)
 */
public record MessageInput(
        UUID measureId,
        UUID needId,
        MessageSubject subject,
        @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 2000) String message,

        @NotNull @AssertTrue(message = "must be true: the message is sent only with consent")
        Boolean consent,

        @NotBlank @Size(max = 200) String formToken,
        @Size(max = 500) String website) {}
