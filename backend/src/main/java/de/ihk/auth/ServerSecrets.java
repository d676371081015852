package de.ihk.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;

/**
 * The key that signs session cookies. It is created once, in the database, so that every backend
 * instance verifies the cookies of every other; this instance only caches it.
 */
@ApplicationScoped
public class ServerSecrets {

    @Inject
    EntityManager em;

    private volatile byte[] sessionKey;

    public byte[] sessionKey() {
        byte[] key = sessionKey;
        if (key == null) {
            key = loadOrCreate("session");
            sessionKey = key;
        }
        return key;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    byte[] loadOrCreate(String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        em.createNativeQuery(
                        "INSERT INTO server_secret (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                .setParameter("name", name)
                .setParameter("value", fresh)
                .executeUpdate();
        return (byte[]) em.createNativeQuery("SELECT value FROM server_secret WHERE name = :name")
                .setParameter("name", name)
                .getSingleResult();
    }
}
