package de.ihk.measure;

import de.ihk.common.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A labelled web link, as measures read and write it. */
public record LinkDto(
        @NotBlank @Size(max = 200) String label,
        @NotNull @HttpUrl String url) {}
