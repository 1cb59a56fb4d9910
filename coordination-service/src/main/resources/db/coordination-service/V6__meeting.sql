-- Coordination meetings, their agenda (the plan's sub-goals) and decisions. Rebuilt by replay.
CREATE TABLE meeting (
    meeting_id          UUID          PRIMARY KEY,
    citizen_id          UUID          NOT NULL,
    organisation        VARCHAR(64)   NOT NULL,
    scheduled_by        VARCHAR(128)  NOT NULL,
    scheduled_by_sector VARCHAR(40)   NOT NULL,
    starts_at           TIMESTAMPTZ   NOT NULL,
    location            VARCHAR(200),
    sectors             VARCHAR(800)  NOT NULL,
    citizen_invited     BOOLEAN       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    cancellation_reason VARCHAR(2000)
);
CREATE INDEX meeting_citizen ON meeting (citizen_id);

CREATE TABLE meeting_agenda_item (
    meeting_id    UUID        NOT NULL REFERENCES meeting (meeting_id),
    position      INT         NOT NULL,
    sub_goal_id   UUID        NOT NULL,
    owning_sector VARCHAR(40),
    status        VARCHAR(40),
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_decision (
    decision_id        UUID          PRIMARY KEY,
    meeting_id         UUID          NOT NULL REFERENCES meeting (meeting_id),
    sub_goal_id        UUID          NOT NULL,
    text               VARCHAR(2000) NOT NULL,
    responsible_sector VARCHAR(40)   NOT NULL,
    due_on             DATE,
    recorded_by        VARCHAR(128)  NOT NULL,
    recorded_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX meeting_decision_meeting ON meeting_decision (meeting_id);
