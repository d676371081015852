package de.ihk.changes;

import de.ihk.write.RecordChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * TEMPORARY stand-in for the change feed's contract, replaced when the change feed is merged: keeps the public view of
 * the changes of this instance in memory, in commit order.
 */
@ApplicationScoped
public class ChangeFeed {

    private record Entry(UUID areaId, ChangeItem item) {}

    private final List<Entry> entries = new ArrayList<>();

    synchronized void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChange change) {
        String action = change.publicAfter() != null ? "UPSERT" : change.publicBefore() != null ? "DELETE" : null;
        if (action == null) {
            return;
        }
        long position = entries.size() + 1L;
        entries.add(new Entry(
                change.areaId(),
                new ChangeItem(
                        position,
                        Long.toString(position),
                        change.type(),
                        change.id(),
                        null,
                        action,
                        0,
                        Instant.now(),
                        null)));
    }

    public void sequence() {}

    public synchronized List<ChangeItem> publicItemsAfter(long position, int limit, ChangeFilter filter) {
        List<ChangeItem> found = new ArrayList<>();
        for (int i = (int) position; i < entries.size() && found.size() < limit; i++) {
            Entry entry = entries.get(i);
            if ((filter.areaId() == null || filter.areaId().equals(entry.areaId()))
                    && (filter.types() == null
                            || filter.types().isEmpty()
                            || filter.types().contains(entry.item().recordType()))) {
                found.add(entry.item());
            }
        }
        return found;
    }

    public synchronized long latestPosition() {
        return entries.size();
    }
}
