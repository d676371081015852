package de.ihk.common;

/** An input with a start and an end that must be in order (checked by {@link RangeInOrder}). */
public interface Ranged<T extends Comparable<? super T>> {

    T rangeStart();

    T rangeEnd();

    /** The field the violation is reported on, e.g. {@code endDate}. */
    String rangeEndField();

    String rangeStartField();
}
