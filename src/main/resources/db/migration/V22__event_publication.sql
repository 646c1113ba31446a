-- Spring Modulith's event publication registry (decision 0034): one row per event and listener that
-- reacts to it in another module (@ApplicationModuleListener), written in the publisher's transaction.
-- A row whose completion_date is still empty after a crash is handed to its listener again at the next
-- start; completed rows are deleted after a week. Columns as Hibernate validates
-- org.springframework.modulith.events.jpa.updating.DefaultJpaEventPublication (Modulith 2.1): a native
-- UUID id (MariaDB 10.7+), the listener's id, the event's class and its JSON.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    publication_date       DATETIME(6)   NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    -- A digest's mail lists many links: more than a VARCHAR holds. Compared exactly (binary collation)
    -- when the registry completes a publication by event and listener.
    serialized_event       MEDIUMTEXT    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    status                 VARCHAR(20)   NULL,
    completion_date        DATETIME(6)   NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6)   NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The registry's queries: the incomplete ones oldest first (completion_date IS NULL ORDER BY
-- publication_date: resubmission at start) and the completed ones older than a date (the weekly clean-up);
-- by status (failed, or stale in one state) oldest first.
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date, publication_date);
CREATE INDEX ix_event_publication_status ON event_publication (status, publication_date);
