package de.ihk.auth;

import de.ihk.common.Versioned;

/** The answer to creating a token: the only time its secret is shown. */
public record ApiTokenCreated(ApiTokenDto token, String secret) implements Versioned {

    @Override
    public long version() {
        return token.version();
    }
}
