package de.ihk.common;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every row of a list, in the order of a list request, handed out chunk by chunk as it is read from the database, so
 * that an export of a long list never holds it in memory at once. Reading needs an open transaction.
 */
@FunctionalInterface
public interface Rows<T> {

    void forEachChunk(PageRequest order, Consumer<List<T>> sink);
}
