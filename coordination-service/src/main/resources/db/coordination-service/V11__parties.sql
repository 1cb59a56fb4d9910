-- The sectors party to a timeline entry or a notice (both sides of a referral, a meeting's participants) see
-- it whatever the citizen's consent. Comma-separated sector codes; NULL: no party beyond the owning sector.
-- Timeline entries from this service's events get theirs when the timeline is replayed.
ALTER TABLE timeline_entry ADD COLUMN parties VARCHAR(800);
ALTER TABLE notification ADD COLUMN parties VARCHAR(800);
