-- The citizen's cross-sector timeline. Entries from this service's events are rebuilt by replay
-- (source 'events'); those from plan-service's topic by consuming it again (source 'plan').
CREATE TABLE timeline_entry (
    entry_id    UUID         PRIMARY KEY,
    citizen_id  UUID         NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    sector      VARCHAR(40),
    category    VARCHAR(40),
    kind        VARCHAR(80)  NOT NULL,
    summary     VARCHAR(500) NOT NULL,
    source      VARCHAR(20)  NOT NULL
);
CREATE INDEX timeline_entry_citizen ON timeline_entry (citizen_id, occurred_at DESC);

-- Notification feeds: per person ('user:<id>') or per sector team ('team:<sector>@<organisation>').
-- A feed, not a rebuilt state: written once per event and recipient, and never replayed.
CREATE TABLE notification (
    id               BIGSERIAL    PRIMARY KEY,
    notification_key VARCHAR(300) NOT NULL UNIQUE,
    recipient        VARCHAR(200) NOT NULL,
    citizen_id       UUID         NOT NULL,
    sector           VARCHAR(40),
    category         VARCHAR(40),
    kind             VARCHAR(80)  NOT NULL,
    text             VARCHAR(500) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    read_at          TIMESTAMPTZ
);
CREATE INDEX notification_recipient ON notification (recipient, id DESC);
