-- insight-service's read model: the facts the figures are computed from, projected from its own event store
-- (processing group insight-facts, rebuilt by replay). Citizens appear by pseudonymous id only, to count
-- them; no name, no CPR number, no words. Every row carries the organisation whose figures it belongs to.

CREATE TABLE plan_fact (
    citizen_id       uuid PRIMARY KEY,
    organisation     text    NOT NULL,
    started_on       date    NOT NULL,
    frequency_months integer NOT NULL
);
CREATE INDEX plan_fact_organisation ON plan_fact (organisation);

-- the follow-up frequency in force from set_on (the plan's own first, then every change)
CREATE TABLE plan_frequency (
    citizen_id       uuid    NOT NULL,
    set_on           date    NOT NULL,
    frequency_months integer NOT NULL,
    sequence         bigint  NOT NULL,
    PRIMARY KEY (citizen_id, sequence)
);

CREATE TABLE follow_up_fact (
    follow_up_id uuid PRIMARY KEY,
    citizen_id   uuid    NOT NULL,
    organisation text    NOT NULL,
    held_on      date    NOT NULL,
    rating       integer
);
CREATE INDEX follow_up_fact_organisation ON follow_up_fact (organisation, held_on);

CREATE TABLE reading_trend (
    follow_up_id uuid NOT NULL,
    sub_goal_id  uuid NOT NULL,
    citizen_id   uuid NOT NULL,
    organisation text NOT NULL,
    held_on      date NOT NULL,
    trend        text NOT NULL,
    PRIMARY KEY (follow_up_id, sub_goal_id)
);
CREATE INDEX reading_trend_organisation ON reading_trend (organisation, held_on);

CREATE TABLE follow_up_overdue (
    citizen_id   uuid NOT NULL,
    organisation text NOT NULL,
    due_on       date NOT NULL,
    PRIMARY KEY (citizen_id, due_on)
);

CREATE TABLE sub_goal_fact (
    sub_goal_id   uuid PRIMARY KEY,
    citizen_id    uuid NOT NULL,
    organisation  text NOT NULL,
    owning_sector text,
    set_on        date,
    outcome       text,
    concluded_on  date
);
CREATE INDEX sub_goal_fact_organisation ON sub_goal_fact (organisation);

CREATE TABLE sector_case_fact (
    case_id      uuid PRIMARY KEY,
    citizen_id   uuid NOT NULL,
    organisation text NOT NULL,
    sector       text,
    opened_on    date,
    closed_on    date
);
CREATE INDEX sector_case_fact_organisation ON sector_case_fact (organisation);

-- a grant: proposed (external placement or not), then in force from valid_from to valid_until, or ended_on
CREATE TABLE grant_fact (
    grant_id           uuid PRIMARY KEY,
    citizen_id         uuid    NOT NULL,
    organisation       text    NOT NULL,
    external_placement boolean NOT NULL DEFAULT false,
    approved           boolean NOT NULL DEFAULT false,
    offer_id           uuid,
    sector             text,
    housing            text,
    hours_per_week     numeric(6, 2),
    valid_from         date,
    valid_until        date,
    ended_on           date
);
CREATE INDEX grant_fact_organisation ON grant_fact (organisation);

-- every version of an offer with its basic rate, in force from priced_on
CREATE TABLE offer_price (
    offer_id     uuid    NOT NULL,
    version      integer NOT NULL,
    organisation text    NOT NULL,
    title        text    NOT NULL,
    kind         text    NOT NULL,
    amount       numeric(12, 2),
    unit         text,
    double_billed_items integer NOT NULL,
    priced_on    date    NOT NULL,
    PRIMARY KEY (offer_id, version)
);
CREATE INDEX offer_price_organisation ON offer_price (organisation);

CREATE TABLE team_fact (
    team_id              text PRIMARY KEY,
    organisation         text    NOT NULL,
    sector               text,
    name                 text    NOT NULL,
    recommended_caseload integer NOT NULL
);

-- a caseworker's caseload from changed_on; sequence orders the changes of one day
CREATE TABLE caseload_change (
    sequence             bigint PRIMARY KEY,
    organisation         text    NOT NULL,
    caseworker_id        text    NOT NULL,
    team_id              text,
    caseload             integer NOT NULL,
    recommended_caseload integer,
    changed_on           date    NOT NULL
);
CREATE INDEX caseload_change_organisation ON caseload_change (organisation, changed_on);

CREATE TABLE coordinator_change (
    sequence     bigint PRIMARY KEY,
    citizen_id   uuid    NOT NULL,
    organisation text    NOT NULL,
    coordinated  boolean NOT NULL,
    changed_on   date    NOT NULL
);

CREATE TABLE meeting_fact (
    meeting_id   uuid PRIMARY KEY,
    citizen_id   uuid    NOT NULL,
    organisation text    NOT NULL,
    meets_on     date,
    cancelled    boolean NOT NULL DEFAULT false
);
