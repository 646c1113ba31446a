-- People and access: logos, invitations and password resets.

-- A logo per customer, apart from the organization row so that lists never load the bytes. The
-- uploaded file's name is never kept: the type comes from the bytes.
CREATE TABLE organization_logo (
    organization_id BIGINT      NOT NULL PRIMARY KEY,
    content_type    VARCHAR(32) NOT NULL,
    bytes           MEDIUMBLOB  NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_organization_logo_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_organization_logo_type CHECK (content_type IN ('image/png', 'image/jpeg'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invited person exists (so they can be added to programs) but has no password until they accept.
ALTER TABLE user_account
    MODIFY password_hash VARCHAR(500) NULL,
    ADD COLUMN invited_at DATETIME(6) NULL,
    ADD COLUMN invited_by_id BIGINT NULL,
    ADD COLUMN disabled_at DATETIME(6) NULL;

-- Single-use links sent by email. Only a SHA-256 hash of the token is stored: a copy of the database
-- does not let anyone accept an invitation or reset a password.
CREATE TABLE account_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    purpose     VARCHAR(16) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    revoked_at  DATETIME(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_token_user ON account_token (user_id, purpose);
