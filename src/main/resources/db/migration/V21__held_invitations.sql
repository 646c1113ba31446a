-- A customer admin who invites an email that already has an account in another organization must not
-- learn that it does (decision 0031): the invitation is made, but held. It is a person of the inviter's
-- organization like any invited one, never mailed, never able to sign in, shown to supplier admins as
-- held. Both unique keys on the email now ignore held rows, and sign-in (email_key) never finds one.
ALTER TABLE user_account ADD COLUMN held_at DATETIME(6) NULL;

DROP INDEX uk_user_account_email_key ON user_account;
ALTER TABLE user_account DROP COLUMN email_key;
ALTER TABLE user_account
    ADD COLUMN email_key VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
        AS (IF(held_at IS NULL, email, NULL)) PERSISTENT;
CREATE UNIQUE INDEX uk_user_account_email_key ON user_account (email_key);

-- Look-alikes (case, accents, width: the table's collation) stay one account, among accounts that are not held.
ALTER TABLE user_account DROP INDEX uk_user_account_email;
ALTER TABLE user_account
    ADD COLUMN email_unheld VARCHAR(320) AS (IF(held_at IS NULL, email, NULL)) PERSISTENT;
CREATE UNIQUE INDEX uk_user_account_email ON user_account (email_unheld);
-- And within one organization, held or not.
CREATE UNIQUE INDEX uk_user_account_organization_email ON user_account (organization_id, email);
-- The look-alike lookup of an invitation, held rows included.
CREATE INDEX ix_user_account_email ON user_account (email);
