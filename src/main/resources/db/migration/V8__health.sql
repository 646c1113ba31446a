-- Relationship health, one row per program and week (the week starts on Monday, UTC). The row of the
-- current week is the program's current health: it is recomputed through the week and stays as the
-- week's snapshot once the week is over. The unique key makes every write an upsert, so the weekly job
-- may run twice (or on two nodes) without duplicating a week. Scores are 0–100, NULL when there was no data.
-- No foreign keys to program on purpose: like the activity log, the history outlives what it speaks of.
CREATE TABLE health_snapshot (
    id                      BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id              BIGINT      NOT NULL,
    customer_id             BIGINT      NOT NULL,
    week_start              DATE        NOT NULL,
    score                   INT         NULL,
    supplier_score          INT         NULL,
    customer_score          INT         NULL,
    goals                   INT         NULL,
    schedule                INT         NULL,
    supplier_responsiveness INT         NULL,
    customer_responsiveness INT         NULL,
    supplier_pulse          INT         NULL,
    customer_pulse          INT         NULL,
    supplier_engagement     INT         NULL,
    customer_engagement     INT         NULL,
    computed_at             DATETIME(6) NOT NULL,
    CONSTRAINT uk_health_snapshot_week UNIQUE (program_id, week_start),
    CONSTRAINT ck_health_snapshot_monday CHECK (DAYOFWEEK(week_start) = 2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_health_snapshot_customer ON health_snapshot (customer_id, week_start);
CREATE INDEX ix_health_snapshot_week ON health_snapshot (week_start, score);
