package de.ihk.measure;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

public record ActionStepInput(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String description,
        LocalDate dueDate,
        @NotNull StepStatus status,
        UUID responsibleActorId,
        @Min(0) Integer position) {}
