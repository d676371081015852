package de.ihk.edition;

import de.ihk.common.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record EditionInput(
        @NotBlank @Size(max = 200) String label,
        LocalDate publishedOn,
        @HttpUrl String documentUrl,
        @Size(max = 20000) String summary) {}
