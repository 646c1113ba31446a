-- The light or dark appearance a person chose, kept for their next visits.
ALTER TABLE user_account
    ADD COLUMN appearance VARCHAR(16) NOT NULL DEFAULT 'SYSTEM',
    ADD CONSTRAINT ck_user_account_appearance CHECK (appearance IN ('LIGHT', 'DARK', 'SYSTEM'));
