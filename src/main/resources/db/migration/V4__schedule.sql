-- The shared schedule: milestones with a baseline (what both sides agreed) and a planned date (today's
-- commitment), the history of every date change, slips with their cause, recovery plan and the other
-- side's response, re-baseline proposals and the baseline versions B0, B1, ... they produce, and the
-- secret calendar feeds people subscribe to.

CREATE TABLE milestone (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id    BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000) NOT NULL DEFAULT '',
    owner_side    VARCHAR(8)    NOT NULL,
    owner_id      BIGINT        NOT NULL,
    baseline_date DATE          NOT NULL,
    planned_date  DATE          NOT NULL,
    done_date     DATE          NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_milestone_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_milestone_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    CONSTRAINT ck_milestone_owner_side CHECK (owner_side IN ('SUPPLIER', 'CUSTOMER', 'JOINT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_milestone_program_planned ON milestone (program_id, planned_date);

CREATE TABLE milestone_dependency (
    milestone_id  BIGINT NOT NULL,
    depends_on_id BIGINT NOT NULL,
    PRIMARY KEY (milestone_id, depends_on_id),
    CONSTRAINT fk_milestone_dependency_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
    CONSTRAINT fk_milestone_dependency_depends_on FOREIGN KEY (depends_on_id) REFERENCES milestone (id),
    CONSTRAINT ck_milestone_dependency_self CHECK (milestone_id <> depends_on_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_milestone_dependency_depends_on ON milestone_dependency (depends_on_id);

CREATE TABLE milestone_goal (
    milestone_id BIGINT NOT NULL,
    goal_id      BIGINT NOT NULL,
    PRIMARY KEY (milestone_id, goal_id),
    CONSTRAINT fk_milestone_goal_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
    CONSTRAINT fk_milestone_goal_goal FOREIGN KEY (goal_id) REFERENCES goal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A slip: the planned date moved later than the baseline (or later again). The side that did not report
-- it acknowledges or contests it; a contested slip is settled by the compromise both sides reached.
CREATE TABLE milestone_slip (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    milestone_id  BIGINT        NOT NULL,
    from_date     DATE          NOT NULL,
    to_date       DATE          NOT NULL,
    cause         VARCHAR(16)   NOT NULL,
    explanation   VARCHAR(2000) NOT NULL,
    recovery_plan VARCHAR(2000) NOT NULL,
    reported_by   BIGINT        NOT NULL,
    reported_side VARCHAR(8)    NOT NULL,
    reported_at   DATETIME(6)   NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    compromise    VARCHAR(2000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_milestone_slip_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
    CONSTRAINT fk_milestone_slip_reporter FOREIGN KEY (reported_by) REFERENCES user_account (id),
    CONSTRAINT ck_milestone_slip_cause CHECK (cause IN ('SUPPLIER', 'CUSTOMER', 'EXTERNAL', 'SCOPE_CHANGE')),
    CONSTRAINT ck_milestone_slip_side CHECK (reported_side IN ('SUPPLIER', 'CUSTOMER')),
    CONSTRAINT ck_milestone_slip_state CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'CONTESTED', 'RESOLVED')),
    CONSTRAINT ck_milestone_slip_dates CHECK (to_date > from_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_milestone_slip_milestone ON milestone_slip (milestone_id, reported_at);
CREATE INDEX ix_milestone_slip_state ON milestone_slip (state);

-- The thread under a slip: acknowledgement, contest, replies and the compromise, in order.
CREATE TABLE milestone_slip_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slip_id     BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    author_id   BIGINT        NOT NULL,
    author_side VARCHAR(8)    NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_milestone_slip_entry_slip FOREIGN KEY (slip_id) REFERENCES milestone_slip (id),
    CONSTRAINT fk_milestone_slip_entry_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_milestone_slip_entry_kind CHECK (kind IN ('ACKNOWLEDGED', 'CONTESTED', 'REPLY', 'COMPROMISE')),
    CONSTRAINT ck_milestone_slip_entry_side CHECK (author_side IN ('SUPPLIER', 'CUSTOMER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_milestone_slip_entry_slip ON milestone_slip_entry (slip_id, created_at);

-- Every change of a milestone's dates, readable by both sides: planned moves (slips or not), baselines
-- changed by an accepted re-baseline, done and reopened.
CREATE TABLE milestone_date_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    milestone_id BIGINT        NOT NULL,
    field        VARCHAR(16)   NOT NULL,
    from_date    DATE          NULL,
    to_date      DATE          NULL,
    cause        VARCHAR(16)   NULL,
    explanation  VARCHAR(2000) NULL,
    slip_id      BIGINT        NULL,
    changed_by   BIGINT        NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_milestone_date_change_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
    CONSTRAINT fk_milestone_date_change_slip FOREIGN KEY (slip_id) REFERENCES milestone_slip (id),
    CONSTRAINT fk_milestone_date_change_user FOREIGN KEY (changed_by) REFERENCES user_account (id),
    CONSTRAINT ck_milestone_date_change_field CHECK (field IN ('CREATED', 'PLANNED', 'BASELINE', 'DONE', 'REOPENED')),
    CONSTRAINT ck_milestone_date_change_cause CHECK (cause IS NULL OR cause IN ('SUPPLIER', 'CUSTOMER', 'EXTERNAL', 'SCOPE_CHANGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_milestone_date_change_milestone ON milestone_date_change (milestone_id, changed_at);

-- A re-baseline: one lead proposes new baseline dates with a reason; nothing changes until the other
-- side's lead accepts. At most one proposal of a program is pending (a generated column keeps it so).
CREATE TABLE rebaseline_proposal (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id      BIGINT        NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    proposed_by     BIGINT        NOT NULL,
    proposer_side   VARCHAR(8)    NOT NULL,
    proposed_at     DATETIME(6)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    decided_by      BIGINT        NULL,
    decided_at      DATETIME(6)   NULL,
    decision_reason VARCHAR(2000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    pending_program BIGINT AS (IF(state = 'PENDING', program_id, NULL)) VIRTUAL,
    CONSTRAINT fk_rebaseline_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_rebaseline_proposer FOREIGN KEY (proposed_by) REFERENCES user_account (id),
    CONSTRAINT fk_rebaseline_decider FOREIGN KEY (decided_by) REFERENCES user_account (id),
    CONSTRAINT ck_rebaseline_side CHECK (proposer_side IN ('SUPPLIER', 'CUSTOMER')),
    CONSTRAINT ck_rebaseline_state CHECK (state IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT uq_rebaseline_one_pending UNIQUE (pending_program)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rebaseline_program ON rebaseline_proposal (program_id, proposed_at);

CREATE TABLE rebaseline_item (
    proposal_id       BIGINT NOT NULL,
    milestone_id      BIGINT NOT NULL,
    current_baseline  DATE   NOT NULL,
    proposed_baseline DATE   NOT NULL,
    PRIMARY KEY (proposal_id, milestone_id),
    CONSTRAINT fk_rebaseline_item_proposal FOREIGN KEY (proposal_id) REFERENCES rebaseline_proposal (id),
    CONSTRAINT fk_rebaseline_item_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Baseline versions of a program: B0 is the first agreed schedule, each accepted proposal adds one.
-- baseline_entry holds every milestone's baseline date as it stood in that version.
CREATE TABLE schedule_baseline (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id  BIGINT      NOT NULL,
    number      INT         NOT NULL,
    proposal_id BIGINT      NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_schedule_baseline_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_schedule_baseline_proposal FOREIGN KEY (proposal_id) REFERENCES rebaseline_proposal (id),
    CONSTRAINT uq_schedule_baseline_number UNIQUE (program_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE baseline_entry (
    baseline_id   BIGINT NOT NULL,
    milestone_id  BIGINT NOT NULL,
    baseline_date DATE   NOT NULL,
    PRIMARY KEY (baseline_id, milestone_id),
    CONSTRAINT fk_baseline_entry_baseline FOREIGN KEY (baseline_id) REFERENCES schedule_baseline (id),
    CONSTRAINT fk_baseline_entry_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A personal calendar subscription to one program's milestones. Only a hash of the secret token is
-- kept, so a leaked database does not leak working feed addresses.
CREATE TABLE calendar_feed (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT      NOT NULL,
    program_id   BIGINT      NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_used_at DATETIME(6) NULL,
    CONSTRAINT fk_calendar_feed_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_calendar_feed_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT uq_calendar_feed_user_program UNIQUE (user_id, program_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
