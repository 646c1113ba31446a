-- Foundation: organizations, people, programs with both sides' members, and the activity log.
-- Every table is InnoDB utf8mb4 with a case-insensitive collation (the email login relies on it).

CREATE TABLE organization (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    archived           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    -- NULL for customers, 1 for the supplier: the unique key below allows exactly one supplier.
    supplier_singleton TINYINT AS (IF(kind = 'SUPPLIER', 1, NULL)) PERSISTENT,
    CONSTRAINT uk_organization_name UNIQUE (name),
    CONSTRAINT uk_organization_single_supplier UNIQUE (supplier_singleton),
    CONSTRAINT ck_organization_kind CHECK (kind IN ('SUPPLIER', 'CUSTOMER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    email           VARCHAR(320) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    job_title       VARCHAR(200) NULL,
    role            VARCHAR(16)  NOT NULL,
    password_hash   VARCHAR(500) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    last_sign_in_at DATETIME(6)  NULL,
    language        VARCHAR(16)  NOT NULL DEFAULT 'en',
    time_zone       VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'MEMBER', 'VIEWER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_account_organization ON user_account (organization_id, display_name);

CREATE TABLE program (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id        BIGINT        NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    success_definition VARCHAR(4000) NOT NULL,
    start_date         DATE          NOT NULL,
    target_end_date    DATE          NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    supplier_lead_id   BIGINT        NOT NULL,
    customer_lead_id   BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_program_customer FOREIGN KEY (customer_id) REFERENCES organization (id),
    CONSTRAINT fk_program_supplier_lead FOREIGN KEY (supplier_lead_id) REFERENCES user_account (id),
    CONSTRAINT fk_program_customer_lead FOREIGN KEY (customer_lead_id) REFERENCES user_account (id),
    CONSTRAINT ck_program_status CHECK (status IN ('ACTIVE', 'ON_HOLD', 'COMPLETED')),
    CONSTRAINT ck_program_dates CHECK (target_end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_program_customer ON program (customer_id, name);
CREATE INDEX ix_program_name ON program (name);

CREATE TABLE program_member (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    added_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_program_member UNIQUE (program_id, user_id),
    CONSTRAINT fk_program_member_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_program_member_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_program_member_user ON program_member (user_id, program_id);

-- Append-only: every change of every feature, the program feed and the audit log read from here.
-- No foreign keys on purpose: the record outlives what it speaks of.
CREATE TABLE activity_event (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at       DATETIME(6)   NOT NULL,
    actor_id          BIGINT        NULL,
    actor_label       VARCHAR(320)  NULL,
    organization_id   BIGINT        NULL,
    program_id        BIGINT        NULL,
    kind              VARCHAR(64)   NOT NULL,
    subject_type      VARCHAR(64)   NULL,
    subject_id        BIGINT        NULL,
    subject_label     VARCHAR(500)  NULL,
    before_state      VARCHAR(4000) NULL,
    after_state       VARCHAR(4000) NULL,
    supplier_internal BOOLEAN       NOT NULL DEFAULT FALSE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_activity_event_program ON activity_event (program_id, occurred_at);
CREATE INDEX ix_activity_event_time ON activity_event (occurred_at);
CREATE INDEX ix_activity_event_actor ON activity_event (actor_id, occurred_at);
