package de.ihk.actionfield;

import de.ihk.common.Codes;
import de.ihk.common.PublicationStatus;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ActionFieldInput(
        @NotBlank @Size(max = 20) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String description,
        @Size(max = 20000) String goal,
        @Size(max = 2000) String easyLanguageSummary,
        @Min(0) Integer position,

        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "Must be a colour such as #1B6AA5.")
        String color,

        PublicationStatus publicationStatus) {}
