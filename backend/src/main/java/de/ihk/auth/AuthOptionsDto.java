package de.ihk.auth;

/** How people sign in here: with single sign-on, with a password, or both. */
public record AuthOptionsDto(boolean sso, boolean localLogin) {}
