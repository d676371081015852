package de.ihk.need;

import de.ihk.common.Codes;
import de.ihk.common.Priority;
import de.ihk.common.PublicationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

public record NeedInput(
        @NotNull UUID actionFieldId,

        @NotBlank @Size(max = 20) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String description,
        @Size(max = 20000) String evidence,
        @NotNull Priority priority,
        @Size(max = 50) List<@NotNull String> targetGroups,
        PublicationStatus publicationStatus) {}
