package de.ihk.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Knows whether the commit of this request's write has begun. A failure after that point (the connection lost during
 * the commit, say) leaves the outcome unknown: the change may have been stored although the request failed, and the
 * answer must say so instead of "nothing was changed".
 */
@RequestScoped
public class CommitWatch {

    @Inject
    TransactionSynchronizationRegistry transactions;

    private boolean watching;
    private boolean commitStarted;

    /** Called by the write path inside its transaction. */
    public void watch() {
        if (watching) {
            return;
        }
        watching = true;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                commitStarted = true;
            }

            @Override
            public void afterCompletion(int status) {
                // the outcome is reported by the commit itself (an exception, or none)
            }
        });
    }

    /** True when a write of this request reached its commit. */
    public boolean commitStarted() {
        return commitStarted;
    }
}
