package de.ihk.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginInput(
        @NotBlank @Size(max = 100) String username,
        @NotBlank @Size(max = 72) String password) {}
