package de.ihk.actor;

public enum ActorKind {
    CITY_DEPARTMENT,
    SOCIAL_ORGANISATION,
    NETWORK_BODY,
    QUARTER_MANAGEMENT,
    TRUSTEE,
    RESIDENTS_BODY,
    SCHOOL,
    OTHER
}
