-- Accounts that sign in with single sign-on (OpenID Connect): the identity provider's issuer and the subject it
-- gives the person, unique per issuer. sso_suspended marks an account that single sign-on disabled because the
-- person no longer has a mapped group; the next sign-on with a mapped group enables it again. Accounts disabled by an
-- administrator are never enabled by single sign-on.
ALTER TABLE account ADD COLUMN oidc_issuer varchar(500);
ALTER TABLE account ADD COLUMN oidc_subject varchar(255);
ALTER TABLE account ADD COLUMN sso_suspended boolean NOT NULL DEFAULT false;
ALTER TABLE account ADD CONSTRAINT account_oidc_identity_complete
    CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));
CREATE UNIQUE INDEX account_oidc_identity_idx ON account (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
