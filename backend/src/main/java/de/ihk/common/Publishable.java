package de.ihk.common;

import java.util.Collection;
import java.util.List;

/** A record with a publication state; see {@link Publication} for when readers without draft rights see it. */
public interface Publishable {

    PublicationStatus publicationStatus();

    /** The record whose publication this one needs as well (a need's or measure's action field), or null. */
    Publishable publishedWith();

    default boolean isPublic() {
        return Publication.isPublic(this);
    }

    /** The items a reader may see: all of them with {@code drafts}, else the public ones. */
    static <T extends Publishable> List<T> visible(Collection<T> items, boolean drafts) {
        return items.stream().filter(item -> drafts || item.isPublic()).toList();
    }
}
