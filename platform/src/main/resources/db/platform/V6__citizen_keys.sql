-- One data key per citizen, wrapped with the service's master key. Personal fields in stored events are
-- encrypted with it; erasing the citizen deletes the key, so those fields can never be read again
-- although the event store itself stays append-only (crypto-shredding).
CREATE TABLE citizen_key (
    citizen_id  UUID        PRIMARY KEY,
    wrapped_key BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
