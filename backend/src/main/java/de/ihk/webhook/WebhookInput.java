package de.ihk.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A subscription as an administrator writes it.
 *
 * @param events record types of the change feed ({@code MEASURE}, {@code ACTION_STEP}, …) or {@code ["*"]}
 * @param areas  slugs of the areas whose changes are wanted; none or empty for every area
 */
public record WebhookInput(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 50) List<@NotNull String> events,
        @Size(max = 100) List<@NotNull String> areas,
        @Size(max = 500) String description) {}
