package de.ihk.message;

/**
 * What a message form carries: the signed time it was shown, and how many seconds must pass before it may be sent.
 */
public record MessageFormDto(String formToken, long minimumSeconds) {}
