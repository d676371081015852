package de.ihk.targetgroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record TargetGroupInput(
        @NotBlank
        @Pattern(
                regexp = "[A-Z][A-Z0-9_]{0,49}",
                message = "Must be 1 to 50 upper-case letters, digits or underscores, starting with a letter.")
        String code,

        @NotBlank @Size(max = 200) String labelDe,
        @NotBlank @Size(max = 200) String labelEn) {}
