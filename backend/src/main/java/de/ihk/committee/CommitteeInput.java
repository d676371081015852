package de.ihk.committee;

import de.ihk.common.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CommitteeInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) String shortName,
        @NotBlank @Size(max = 200) String municipality,
        @HttpUrl String oparlOrganizationUrl) {}
