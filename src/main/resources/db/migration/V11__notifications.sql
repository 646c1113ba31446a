-- In-app notifications, per-person email settings and the record of digests sent.
-- A notification keeps the texts it shows (subject and program names, who acted) as its recipient could
-- read them when it was made; program_id lets the list and "open" check again that the recipient still
-- sees the program. dedupe_key makes a scheduled notification (a review tomorrow) exist once per person.

CREATE TABLE notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id   BIGINT        NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    program_id     BIGINT        NOT NULL,
    program_name   VARCHAR(200)  NOT NULL,
    subject_title  VARCHAR(500)  NOT NULL,
    actor_name     VARCHAR(200)  NULL,
    link           VARCHAR(500)  NOT NULL,
    supplier_only  BOOLEAN       NOT NULL DEFAULT FALSE,
    dedupe_key     VARCHAR(100)  NULL,
    created_at     DATETIME(6)   NOT NULL,
    read_at        DATETIME(6)   NULL,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES user_account (id),
    CONSTRAINT fk_notification_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT uq_notification_dedupe UNIQUE (recipient_id, kind, dedupe_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bell counts unread rows of one person; the list pages through them newest first.
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, id);
CREATE INDEX ix_notification_recipient_created ON notification (recipient_id, created_at);

-- One row per person who changed a default; the kinds they did not change keep the default.
CREATE TABLE notification_settings (
    user_id    BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_notification_settings_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_delivery (
    user_id  BIGINT       NOT NULL,
    kind     VARCHAR(24)  NOT NULL,
    delivery VARCHAR(16)  NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_notification_delivery_settings FOREIGN KEY (user_id) REFERENCES notification_settings (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A digest is claimed here, in its own transaction, before it is sent: the unique key lets one run, one
-- node, one restart send it and no other.
CREATE TABLE digest_sent (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    digest     VARCHAR(8)   NOT NULL,
    period_key VARCHAR(16)  NOT NULL,
    claimed_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_digest_sent_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT uq_digest_sent UNIQUE (user_id, digest, period_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
