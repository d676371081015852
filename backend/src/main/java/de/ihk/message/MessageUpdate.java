package de.ihk.message;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An editor's change of a message: its status, the answer, and whether question and answer are published below the
 * measure or need, with the question's text as the editor approved it for the public.
 */
public record MessageUpdate(
        @NotNull MessageStatus status,
        @Size(max = 4000) String answer,
        @Size(max = 2000) String publishedQuestion,
        @NotNull Boolean published) {}
