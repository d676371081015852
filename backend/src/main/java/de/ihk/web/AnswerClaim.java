package de.ihk.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The key this request computes for the answer cache while other requests for it wait. Released when the answer is
 * stored, and at the latest when the request ends in any way (the client may close the connection before the
 * response filters run), so that nobody waits for an answer that will never come.
 */
@RequestScoped
public class AnswerClaim {

    @Inject
    AnswerCache cache;

    private String key;

    void hold(String key) {
        this.key = key;
    }

    void release() {
        if (key != null) {
            cache.done(key);
            key = null;
        }
    }

    @PreDestroy
    void end() {
        release();
    }
}
