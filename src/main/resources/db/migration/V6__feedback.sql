-- Feedback both ways: blind two-sided pulses and feedback items. Nothing here is ever deleted: a
-- feedback item's earlier wordings are kept in feedback_item_revision, and pulses and their responses
-- stay as the record of what each side said. goal_id, milestone_id and action_item_id have no foreign
-- keys on purpose: those tables belong to other features, which are free to evolve them.

CREATE TABLE pulse_cadence (
    program_id  BIGINT      NOT NULL PRIMARY KEY,
    cadence     VARCHAR(16) NOT NULL,
    updated_by  BIGINT      NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_pulse_cadence_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_pulse_cadence_updated_by FOREIGN KEY (updated_by) REFERENCES user_account (id),
    CONSTRAINT ck_pulse_cadence CHECK (cadence IN ('NONE', 'MONTHLY', 'QUARTERLY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- period_key names the calendar period a pulse belongs to ('2026-11', '2026-Q4'); the unique key is what
-- makes the scheduled job safe to run twice or on two nodes. Pulses opened by hand outside any cadence
-- period have none (NULLs do not collide in a unique key).
CREATE TABLE pulse (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id  BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    period_key  VARCHAR(16)  NULL,
    opened_by   BIGINT       NULL,
    opened_at   DATETIME(6)  NOT NULL,
    closes_on   DATE         NOT NULL,
    closed_at   DATETIME(6)  NULL,
    revealed_at DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_pulse_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_pulse_opened_by FOREIGN KEY (opened_by) REFERENCES user_account (id),
    CONSTRAINT uk_pulse_period UNIQUE (program_id, period_key),
    CONSTRAINT ck_pulse_closed_revealed CHECK (closed_at IS NULL OR revealed_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pulse_program_revealed ON pulse (program_id, revealed_at);

-- One response per person per pulse (edited until the pulse closes). Customers answer the first four
-- ratings and the 0-10 recommendation, the supplier the last three ratings; the checks keep each side
-- to its own questions and every score in range.
CREATE TABLE pulse_response (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pulse_id        BIGINT        NOT NULL,
    respondent_id   BIGINT        NOT NULL,
    side            VARCHAR(8)    NOT NULL,
    communication   INT           NULL,
    responsiveness  INT           NULL,
    quality         INT           NULL,
    schedule        INT           NULL,
    recommend       INT           NULL,
    spec_clarity    INT           NULL,
    feedback_speed  INT           NULL,
    decision_access INT           NULL,
    comment         VARCHAR(2000) NULL,
    internal        BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at    DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_pulse_response_pulse FOREIGN KEY (pulse_id) REFERENCES pulse (id),
    CONSTRAINT fk_pulse_response_respondent FOREIGN KEY (respondent_id) REFERENCES user_account (id),
    CONSTRAINT uk_pulse_response_person UNIQUE (pulse_id, respondent_id),
    CONSTRAINT ck_pulse_response_side CHECK (side IN ('SUPPLIER', 'CUSTOMER')),
    CONSTRAINT ck_pulse_response_customer CHECK (side <> 'CUSTOMER' OR (
        communication BETWEEN 1 AND 5 AND responsiveness BETWEEN 1 AND 5 AND quality BETWEEN 1 AND 5
        AND schedule BETWEEN 1 AND 5 AND recommend BETWEEN 0 AND 10 AND spec_clarity IS NULL
        AND feedback_speed IS NULL AND decision_access IS NULL AND NOT internal)),
    CONSTRAINT ck_pulse_response_supplier CHECK (side <> 'SUPPLIER' OR (
        spec_clarity BETWEEN 1 AND 5 AND feedback_speed BETWEEN 1 AND 5 AND decision_access BETWEEN 1 AND 5
        AND communication IS NULL AND responsiveness IS NULL AND quality IS NULL AND schedule IS NULL
        AND recommend IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_item (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id            BIGINT        NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    from_side             VARCHAR(8)    NOT NULL,
    author_id             BIGINT        NOT NULL,
    shown_as_organization BOOLEAN       NOT NULL DEFAULT FALSE,
    title                 VARCHAR(200)  NOT NULL,
    body                  VARCHAR(4000) NOT NULL,
    goal_id               BIGINT        NULL,
    milestone_id          BIGINT        NULL,
    status                VARCHAR(16)   NOT NULL,
    response              VARCHAR(4000) NULL,
    decline_reason        VARCHAR(2000) NULL,
    learned               VARCHAR(4000) NULL,
    responded_by          BIGINT        NULL,
    responded_at          DATETIME(6)   NULL,
    action_item_id        BIGINT        NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_feedback_item_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_feedback_item_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT fk_feedback_item_responded_by FOREIGN KEY (responded_by) REFERENCES user_account (id),
    CONSTRAINT ck_feedback_item_kind CHECK (kind IN ('PRAISE', 'CRITICISM', 'IDEA')),
    CONSTRAINT ck_feedback_item_side CHECK (from_side IN ('SUPPLIER', 'CUSTOMER')),
    CONSTRAINT ck_feedback_item_status CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'ACTION_PLANNED', 'RESOLVED',
        'DECLINED')),
    CONSTRAINT ck_feedback_item_declined CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
    CONSTRAINT ck_feedback_item_anonymous CHECK (from_side = 'CUSTOMER' OR NOT shown_as_organization)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feedback_item_program ON feedback_item (program_id, created_at);

-- The wording an item had before each edit: criticism is never rewritten out of the record.
CREATE TABLE feedback_item_revision (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id   BIGINT        NOT NULL,
    title     VARCHAR(200)  NOT NULL,
    body      VARCHAR(4000) NOT NULL,
    kind      VARCHAR(16)   NOT NULL,
    edited_by BIGINT        NOT NULL,
    edited_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_feedback_item_revision_item FOREIGN KEY (item_id) REFERENCES feedback_item (id),
    CONSTRAINT fk_feedback_item_revision_by FOREIGN KEY (edited_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feedback_item_revision_item ON feedback_item_revision (item_id, edited_at);
