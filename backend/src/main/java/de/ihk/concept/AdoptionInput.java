package de.ihk.concept;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Adopting an edition: the day the council adopted it. */
public record AdoptionInput(@NotNull LocalDate adoptedOn) {}
