package de.ihk.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs session cookies. Its secret is created once, in the database, so that every backend
 * instance verifies the cookies of every other; this instance only caches it. The key is bound to the database's
 * incarnation as well: restoring a backup (pg_restore into a new or cleaned database) creates the tables anew, with new
 * object ids, so every session issued before the restore – including those ended after the backup was taken – is
 * refused by a key that no longer matches.
 */
@ApplicationScoped
public class ServerSecrets {

    @Inject
    EntityManager em;

    private volatile byte[] sessionKey;
    private volatile byte[] unsubscribeKey;

    public byte[] sessionKey() {
        byte[] key = sessionKey;
        if (key == null) {
            key = hmac(loadOrCreate("session"), "session-key:" + incarnation());
            sessionKey = key;
        }
        return key;
    }

    /**
     * The key that signs the unsubscribe links of reminder mails. Not bound to the incarnation: links in mails sent
     * before a restore keep working.
     */
    public byte[] unsubscribeKey() {
        byte[] key = unsubscribeKey;
        if (key == null) {
            key = loadOrCreate("unsubscribe");
            unsubscribeKey = key;
        }
        return key;
    }

    /** The object ids of this database and of its account table: both change when a dump is restored. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    String incarnation() {
        return (String) em.createNativeQuery("SELECT d.oid::text || ':' || 'account'::regclass::oid::text"
                        + " FROM pg_database d WHERE d.datname = current_database()")
                .getSingleResult();
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
