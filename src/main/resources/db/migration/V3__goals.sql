-- Joint goals: a KPI from a baseline to a target that one owner on each side answers for, its dated
-- measurements, the status history both sides read, and supplier-internal notes.

CREATE TABLE goal (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id        BIGINT         NOT NULL,
    title             VARCHAR(200)   NOT NULL,
    why_it_matters    VARCHAR(4000)  NOT NULL,
    metric            VARCHAR(120)   NOT NULL,
    unit              VARCHAR(40)    NOT NULL,
    baseline          DECIMAL(19, 4) NOT NULL,
    target            DECIMAL(19, 4) NOT NULL,
    direction         VARCHAR(8)     NOT NULL,
    target_date       DATE           NOT NULL,
    supplier_owner_id BIGINT         NOT NULL,
    customer_owner_id BIGINT         NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_goal_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_goal_supplier_owner FOREIGN KEY (supplier_owner_id) REFERENCES user_account (id),
    CONSTRAINT fk_goal_customer_owner FOREIGN KEY (customer_owner_id) REFERENCES user_account (id),
    CONSTRAINT ck_goal_direction CHECK (direction IN ('UP', 'DOWN')),
    CONSTRAINT ck_goal_status CHECK (status IN ('ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'ACHIEVED', 'DROPPED')),
    CONSTRAINT ck_goal_target CHECK (target <> baseline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_goal_program ON goal (program_id, id);

CREATE TABLE goal_measurement (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    goal_id     BIGINT         NOT NULL,
    measured_on DATE           NOT NULL,
    value       DECIMAL(19, 4) NOT NULL,
    note        VARCHAR(1000)  NULL,
    recorded_by BIGINT         NOT NULL,
    recorded_at DATETIME(6)    NOT NULL,
    CONSTRAINT fk_goal_measurement_goal FOREIGN KEY (goal_id) REFERENCES goal (id),
    CONSTRAINT fk_goal_measurement_user FOREIGN KEY (recorded_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_goal_measurement_goal ON goal_measurement (goal_id, measured_on);

CREATE TABLE goal_status_change (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    goal_id          BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    suggested_status VARCHAR(16)   NULL,
    reason           VARCHAR(1000) NOT NULL,
    changed_by       BIGINT        NOT NULL,
    changed_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_goal_status_change_goal FOREIGN KEY (goal_id) REFERENCES goal (id),
    CONSTRAINT fk_goal_status_change_user FOREIGN KEY (changed_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_goal_status_change_goal ON goal_status_change (goal_id, changed_at);

-- Supplier staff only: never read by a customer user's request.
CREATE TABLE goal_internal_note (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    goal_id    BIGINT        NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    author_id  BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_goal_internal_note_goal FOREIGN KEY (goal_id) REFERENCES goal (id),
    CONSTRAINT fk_goal_internal_note_user FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_goal_internal_note_goal ON goal_internal_note (goal_id, created_at);
