-- The mutual action plan: action items for either side, and questions one side addresses to the other.
-- The side that must act is kept with the item (assignee_side), so "who is waiting on whom" and each
-- side's responsiveness are read from this table alone. origin_id has no foreign key on purpose: it
-- points at a milestone, a feedback item or a review, tables that other features own (or add later).

CREATE TABLE action_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id    BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    details       VARCHAR(4000) NULL,
    assignee_id   BIGINT        NOT NULL,
    assignee_side VARCHAR(8)    NOT NULL,
    due_date      DATE          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    blocked_on    VARCHAR(500)  NULL,
    origin_type   VARCHAR(16)   NOT NULL,
    origin_id     BIGINT        NULL,
    question      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by    BIGINT        NOT NULL,
    answer        VARCHAR(4000) NULL,
    answered_by   BIGINT        NULL,
    answered_at   DATETIME(6)   NULL,
    closed_at     DATETIME(6)   NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_action_item_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_action_item_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
    CONSTRAINT fk_action_item_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT fk_action_item_answered_by FOREIGN KEY (answered_by) REFERENCES user_account (id),
    CONSTRAINT ck_action_item_side CHECK (assignee_side IN ('SUPPLIER', 'CUSTOMER')),
    CONSTRAINT ck_action_item_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE')),
    CONSTRAINT ck_action_item_origin CHECK (origin_type IN ('MANUAL', 'MILESTONE', 'FEEDBACK', 'REVIEW')),
    CONSTRAINT ck_action_item_closed CHECK ((status = 'DONE') = (closed_at IS NOT NULL)),
    CONSTRAINT ck_action_item_answer CHECK (question OR answer IS NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_action_item_program ON action_item (program_id, status, due_date);
CREATE INDEX ix_action_item_assignee ON action_item (assignee_id, status, due_date);
CREATE INDEX ix_action_item_responded ON action_item (program_id, closed_at);
