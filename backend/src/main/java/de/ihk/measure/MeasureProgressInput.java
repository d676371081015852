package de.ihk.measure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The part of a measure that contributors update: its status and progress. */
public record MeasureProgressInput(
        @NotNull MeasureStatus status,
        @NotNull @Min(0) @Max(100) Integer progress) {}
