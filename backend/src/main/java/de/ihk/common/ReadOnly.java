package de.ihk.common;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Turns the session of the current transaction into a reading one, for service methods that only read and start their
 * own transaction (the public reads: overview, lists, details). Entities are then loaded without the snapshot that
 * dirty checking compares against, and the session neither checks nor flushes anything before a query or at commit;
 * without this, every native query flushed (dirty-checked) the whole session first. A write in such a transaction would
 * be lost, so nothing that writes may call it.
 */
public final class ReadOnly {

    private ReadOnly() {}

    public static void session(EntityManager em) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
