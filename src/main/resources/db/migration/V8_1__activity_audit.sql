-- The program feed filters by the side of the person who acted, and the audit log by organization and kind
-- over a time range. The actor's side is kept with the event (people may later move or be removed; the
-- record stays as it was), and filled in for the events recorded before this column existed.
ALTER TABLE activity_event ADD COLUMN actor_side VARCHAR(8) NULL AFTER actor_label;

UPDATE activity_event e
    JOIN user_account u ON u.id = e.actor_id
    JOIN organization o ON o.id = u.organization_id
SET e.actor_side = o.kind
WHERE e.actor_side IS NULL;

CREATE INDEX ix_activity_event_program_side ON activity_event (program_id, actor_side, occurred_at);
CREATE INDEX ix_activity_event_organization ON activity_event (organization_id, occurred_at);
CREATE INDEX ix_activity_event_kind ON activity_event (kind, occurred_at);
