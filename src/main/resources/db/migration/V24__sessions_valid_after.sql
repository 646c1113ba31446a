-- Sessions end on every node (decision 0039): a session whose person signed in before this instant is ended
-- at its next request, whichever node holds it. Written in the same transaction as the change that ends the
-- person's sessions (disabled, role changed, password changed or reset, organization archived, "sign out
-- everywhere"). Null: never ended that way, every session of the person stands. Microseconds, like the
-- sign-in instant kept in the session, so a session signed in at the very instant of the change survives it.
ALTER TABLE user_account ADD COLUMN sessions_valid_after DATETIME(6) NULL;
