package de.ihk.common;

import java.util.Collection;
import java.util.List;

/** A record with a publication state, hidden from readers who do not see drafts until it (and its parents) are published. */
public interface Publishable {

    /** Published, and so are the records it hangs from within its area. */
    boolean isPublic();

    /** The items a reader may see: all of them with {@code drafts}, else the public ones. */
    static <T extends Publishable> List<T> visible(Collection<T> items, boolean drafts) {
        return items.stream().filter(item -> drafts || item.isPublic()).toList();
    }
}
