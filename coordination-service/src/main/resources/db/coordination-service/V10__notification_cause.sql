-- A notice is written once per recipient, and a caseworker reads both their own and their team's: the cause
-- (the event that made the notice) lets their feed show each notice once.
ALTER TABLE notification ADD COLUMN cause VARCHAR(200);
UPDATE notification SET cause = split_part(notification_key, '|', 1);
ALTER TABLE notification ALTER COLUMN cause SET NOT NULL;
CREATE INDEX notification_cause ON notification (cause);
