package de.ihk.actor;

import de.ihk.common.HttpUrl;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ActorInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull ActorKind kind,
        @NotBlank @Size(max = 200) String municipality,
        @Size(max = 20000) String description,
        @HttpUrl String website,

        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Must be an e-mail address such as info@example.org.")
        @Size(max = 320)
        String email) {}
