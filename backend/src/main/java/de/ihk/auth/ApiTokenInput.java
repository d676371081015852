package de.ihk.auth;

import de.ihk.access.Role;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ApiTokenInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull Role role,
        @NotNull @Future Instant expiresAt,
        @Size(max = 500) List<@NotNull UUID> areaIds,
        @Size(max = 500) List<@NotNull UUID> actorIds) {}
