package de.ihk.common;

/** One violated rule of a request, reported in the {@code errors} list of a problem. */
public record FieldError(String field, String message) {}
