-- A closed review is a record of what was true when it was closed (decision 0027).
--
-- review_item.summary_lines: what changed, as structured lines (a message key and typed arguments) that each reader
-- reads in their own language: "6 measurements since the last review, latest 95.11 % on Dec 4, 2026".
-- Items written before this migration keep their detail text and have no lines.
--
-- review.agenda_frozen_at: until then, the generated items' words follow the data (a seventh measurement makes
-- the agenda say 7); the first change to the review once the meeting has begun freezes them as they are.
--
-- review_snapshot: what the review's page, presentation and PDF show about each agenda item's data (goal values
-- and status, milestone dates, the re-baseline proposal, overdue actions, feedback, the actions agreed) and the
-- program's goals, taken when the second side signs off, as one versioned JSON document. A closed review shows
-- only this; later changes are shown beside it as "since closing". Reviews closed before this migration have
-- none and say so.

ALTER TABLE review_item ADD COLUMN summary_lines TEXT NULL;

ALTER TABLE review ADD COLUMN agenda_frozen_at DATETIME(6) NULL;

-- Reviews already under way or over keep the agenda they were shown with (times are UTC, as Hibernate writes them).
UPDATE review SET agenda_frozen_at = starts_at WHERE starts_at <= UTC_TIMESTAMP(6);

CREATE TABLE review_snapshot (
    review_id BIGINT      NOT NULL PRIMARY KEY,
    format    INT         NOT NULL,
    taken_at  DATETIME(6) NOT NULL,
    as_of     DATETIME(6) NOT NULL,
    document  MEDIUMTEXT  NOT NULL,
    CONSTRAINT fk_review_snapshot_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT ck_review_snapshot_document CHECK (JSON_VALID(document))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
