-- When the projection last wrote the row: "new since your last visit", and the benchmark's
-- "case opened -> visible here" latency. Not part of the rebuilt state (a replay sets it anew).
ALTER TABLE involved_sector ADD COLUMN projected_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();
