package de.ihk.common;

/** A representation that carries the version its ETag is made of. */
public interface Versioned {
    long version();
}
