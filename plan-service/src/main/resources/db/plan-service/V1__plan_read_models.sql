-- Read models of plan-service, rebuilt by replaying the event store.

-- The current plan of each citizen: the whole plan folded from its events (PlanSheet as JSON), sealed with
-- the citizen's own key (it holds the citizen's words), plus the plain columns that lists need.
CREATE TABLE plan_document (
    plan_id            UUID         PRIMARY KEY,
    citizen_id         UUID         NOT NULL UNIQUE,
    organisation       VARCHAR(64)  NOT NULL,
    sheet              TEXT         NOT NULL,
    last_sequence      BIGINT       NOT NULL,
    frequency_months   INT          NOT NULL,
    next_follow_up_on  DATE         NOT NULL,
    follow_up_state    VARCHAR(20)  NOT NULL,
    projected_at       TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX plan_document_next_follow_up ON plan_document (next_follow_up_on);
