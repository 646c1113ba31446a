-- Joint review meetings. A review's agenda items are copied from what changed since the last review
-- (ref_type/ref_id point at a goal, milestone, proposal or side without foreign keys: other features own
-- those tables). Minutes are append-only notes per item, so two people writing at once lose nothing;
-- decisions, the links to action items and amendments are append-only too. A closed review is a record:
-- the service refuses every change but an amendment.

CREATE TABLE review (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id         BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    starts_at          DATETIME(6)   NOT NULL,
    duration_minutes   INT           NOT NULL,
    location           VARCHAR(500)  NULL,
    agenda_since       DATETIME(6)   NOT NULL,
    current_item_id    BIGINT        NULL,
    supplier_signed_by BIGINT        NULL,
    supplier_signed_at DATETIME(6)   NULL,
    customer_signed_by BIGINT        NULL,
    customer_signed_at DATETIME(6)   NULL,
    closed_at          DATETIME(6)   NULL,
    created_by         BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_review_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_review_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT fk_review_supplier_signed_by FOREIGN KEY (supplier_signed_by) REFERENCES user_account (id),
    CONSTRAINT fk_review_customer_signed_by FOREIGN KEY (customer_signed_by) REFERENCES user_account (id),
    CONSTRAINT ck_review_duration CHECK (duration_minutes BETWEEN 5 AND 720),
    CONSTRAINT ck_review_closed CHECK (closed_at IS NULL
        OR (supplier_signed_by IS NOT NULL AND customer_signed_by IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_program ON review (program_id, starts_at);

CREATE TABLE review_attendee (
    review_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (review_id, user_id),
    CONSTRAINT fk_review_attendee_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_review_attendee_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    ref_type    VARCHAR(32)   NULL,
    ref_id      BIGINT        NULL,
    side        VARCHAR(8)    NULL,
    title       VARCHAR(300)  NOT NULL,
    detail      VARCHAR(2000) NULL,
    happened_at DATETIME(6)   NULL,
    created_by  BIGINT        NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_review_item_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_review_item_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT ck_review_item_side CHECK (side IS NULL OR side IN ('SUPPLIER', 'CUSTOMER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_item_review ON review_item (review_id, position);

CREATE TABLE review_note (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id  BIGINT      NOT NULL,
    item_id    BIGINT      NOT NULL,
    author_id  BIGINT      NOT NULL,
    body       TEXT        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_review_note_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_review_note_item FOREIGN KEY (item_id) REFERENCES review_item (id),
    CONSTRAINT fk_review_note_author FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_note_review ON review_note (review_id, item_id, created_at);

CREATE TABLE review_decision (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id          BIGINT        NOT NULL,
    item_id            BIGINT        NOT NULL,
    text               VARCHAR(2000) NOT NULL,
    supplier_agreed_by BIGINT        NOT NULL,
    customer_agreed_by BIGINT        NOT NULL,
    recorded_by        BIGINT        NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_review_decision_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_review_decision_item FOREIGN KEY (item_id) REFERENCES review_item (id),
    CONSTRAINT fk_review_decision_supplier FOREIGN KEY (supplier_agreed_by) REFERENCES user_account (id),
    CONSTRAINT fk_review_decision_customer FOREIGN KEY (customer_agreed_by) REFERENCES user_account (id),
    CONSTRAINT fk_review_decision_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_decision_review ON review_decision (review_id, item_id, recorded_at);

-- Which agenda item an action item of the plan was agreed under (the plan itself knows the review).
CREATE TABLE review_action (
    action_id BIGINT NOT NULL PRIMARY KEY,
    review_id BIGINT NOT NULL,
    item_id   BIGINT NOT NULL,
    CONSTRAINT fk_review_action_action FOREIGN KEY (action_id) REFERENCES action_item (id),
    CONSTRAINT fk_review_action_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_review_action_item FOREIGN KEY (item_id) REFERENCES review_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_action_review ON review_action (review_id);

CREATE TABLE review_amendment (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id  BIGINT      NOT NULL,
    author_id  BIGINT      NOT NULL,
    body       TEXT        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_review_amendment_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_review_amendment_author FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_amendment_review ON review_amendment (review_id, created_at);
