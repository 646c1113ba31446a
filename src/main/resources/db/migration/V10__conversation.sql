-- Comment threads. A thread is named by its subject (subject_type, subject_id) inside a program; the
-- subject belongs to another feature (goal, milestone, action item, feedback item, review), so there is no
-- foreign key to it: the conversation service asks that feature's access-checked service whether the
-- reader may see it before it reads or writes a comment. program_id is copied here so that a program's
-- comments can be found without asking every feature.
-- A comment is never removed: an edit keeps the earlier wording in comment_revision, a deletion marks the
-- row (deleted_at, deleted_by) and readers get a "deleted" marker instead of the text
-- (docs/decisions/0018-comment-threads.md).

CREATE TABLE comment (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id   BIGINT        NOT NULL,
    subject_type VARCHAR(16)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    body         TEXT          NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    edited_at    DATETIME(6)   NULL,
    deleted_at   DATETIME(6)   NULL,
    deleted_by   BIGINT        NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_comment_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT fk_comment_deleted_by FOREIGN KEY (deleted_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_thread ON comment (program_id, subject_type, subject_id, id);

CREATE TABLE comment_revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    comment_id  BIGINT       NOT NULL,
    body        TEXT         NOT NULL,
    written_at  DATETIME(6)  NOT NULL,
    replaced_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_comment_revision_comment FOREIGN KEY (comment_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_revision_comment ON comment_revision (comment_id, id);

CREATE TABLE comment_mention (
    comment_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (comment_id, person_id),
    CONSTRAINT fk_comment_mention_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT fk_comment_mention_person FOREIGN KEY (person_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_mention_person ON comment_mention (person_id);
