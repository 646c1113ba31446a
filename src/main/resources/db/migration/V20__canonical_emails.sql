-- Sign-in finds a person by their email exactly as stored (canonical: NFKC, lower case), byte for byte:
-- MariaDB's utf8mb4_unicode_ci made béa@…, ｂea@… and bea@… one login. The unique index on email itself,
-- which ignores case, accents and width, still keeps look-alike twins from being created (decision 0030).
ALTER TABLE user_account
    ADD COLUMN email_key VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin AS (email) PERSISTENT;
CREATE UNIQUE INDEX uk_user_account_email_key ON user_account (email_key);

-- A secret per purpose, made at first start and shared by every node (the known-device cookie's key).
CREATE TABLE app_secret (
    purpose    VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret     VARBINARY(64) NOT NULL,
    created_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
