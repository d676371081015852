package de.ihk.changes;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** TEMPORARY stand-in for the change feed's contract, replaced when the change feed is merged. */
@ApplicationScoped
public class ChangeFeed {

    public void sequence() {}

    public List<ChangeItem> publicItemsAfter(long position, int limit, ChangeFilter filter) {
        return List.of();
    }

    public long latestPosition() {
        return 0;
    }
}
