package de.ihk.webhook;

import de.ihk.common.Versioned;

/** The answer to creating a subscription: the only time its secret is shown. */
public record WebhookCreated(WebhookDto webhook, String secret) implements Versioned {

    @Override
    public long version() {
        return webhook.version();
    }
}
