-- The citizens' consents, current state. Rebuilt by replay.
CREATE TABLE consent (
    consent_id   UUID          PRIMARY KEY,
    citizen_id   UUID          NOT NULL,
    organisation VARCHAR(64)   NOT NULL,
    sectors      VARCHAR(800)  NOT NULL,
    categories   VARCHAR(800)  NOT NULL,
    valid_from   DATE          NOT NULL,
    valid_until  DATE,
    status       VARCHAR(20)   NOT NULL,
    recorded_by  VARCHAR(128)  NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL,
    withdrawn_at TIMESTAMPTZ
);
CREATE INDEX consent_citizen ON consent (citizen_id);
