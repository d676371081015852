package de.ihk.auth;

/** Where the browser goes next to end the session at the identity provider too. */
public record LogoutDto(String redirectTo) {}
