-- Read models of offer-service, rebuilt by replaying the event store.

-- The catalog: each offer as it now is. Searchable columns beside the full details (jsonb).
CREATE TABLE offer (
    offer_id              UUID          PRIMARY KEY,
    organisation          VARCHAR(64)   NOT NULL,
    version               INT           NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    kind                  VARCHAR(40)   NOT NULL,
    access                VARCHAR(20)   NOT NULL,
    provider_organisation VARCHAR(64)   NOT NULL,
    needs                 VARCHAR(40)[] NOT NULL,
    sectors               VARCHAR(40)[] NOT NULL,
    function_level        INT,
    weekly_hours          NUMERIC(6, 2),
    capacity              INT,
    details               JSONB         NOT NULL,
    prices                JSONB,
    double_billed         JSONB         NOT NULL,
    published_at          TIMESTAMPTZ   NOT NULL,
    changed_at            TIMESTAMPTZ   NOT NULL,
    retired_on            DATE
);
CREATE INDEX offer_needs ON offer USING gin (needs);
CREATE INDEX offer_sectors ON offer USING gin (sectors);
CREATE INDEX offer_provider ON offer (provider_organisation);

-- Every version of every offer: the history is kept.
CREATE TABLE offer_version (
    offer_id      UUID         NOT NULL,
    version       INT          NOT NULL,
    change        VARCHAR(20)  NOT NULL,
    details       JSONB        NOT NULL,
    prices        JSONB,
    double_billed JSONB        NOT NULL,
    changed_by    VARCHAR(128) NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (offer_id, version)
);

-- Citizens on offers (pseudonymous ids only). The waiting list order is the aggregate's event order.
CREATE TABLE enrolment (
    enrolment_id          UUID        PRIMARY KEY,
    offer_id              UUID        NOT NULL,
    citizen_id            UUID        NOT NULL,
    organisation          VARCHAR(64) NOT NULL,
    referring_sector      VARCHAR(40),
    provider_organisation VARCHAR(64) NOT NULL,
    status                VARCHAR(20) NOT NULL,
    waitlist_seq          BIGINT,
    waitlisted_on         DATE,
    enrolled_on           DATE,
    from_waitlist         BOOLEAN     NOT NULL DEFAULT FALSE,
    started_on            DATE,
    planned_end_on        DATE,
    ended_on              DATE,
    outcome               VARCHAR(20),
    punch_card_visits     INT,
    visits_remaining      INT
);
CREATE INDEX enrolment_offer ON enrolment (offer_id, status);
CREATE INDEX enrolment_citizen ON enrolment (citizen_id);

-- Seats taken and citizens waiting per offer: counts only, no one named.
CREATE VIEW offer_seats AS
SELECT offer_id,
       count(*) FILTER (WHERE status IN ('ENROLLED', 'STARTED')) AS seats_taken,
       count(*) FILTER (WHERE status = 'WAITLISTED')             AS waiting
FROM enrolment
GROUP BY offer_id;
