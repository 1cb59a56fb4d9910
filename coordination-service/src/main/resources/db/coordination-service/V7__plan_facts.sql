-- What coordination-service knows of each citizen's plan, from plan-service's integration events: the
-- follow-up schedule (coordinators' watch list) and the sub-goals by id, sector and status (meeting agendas).
CREATE TABLE plan_watch (
    plan_id                    UUID        PRIMARY KEY,
    citizen_id                 UUID        NOT NULL,
    organisation               VARCHAR(64) NOT NULL,
    follow_up_frequency_months INT,
    follow_up_status           VARCHAR(20) NOT NULL,
    due_on                     DATE,
    last_follow_up_on          DATE
);
CREATE INDEX plan_watch_citizen ON plan_watch (citizen_id);

CREATE TABLE plan_sub_goal (
    sub_goal_id   UUID        PRIMARY KEY,
    plan_id       UUID        NOT NULL,
    citizen_id    UUID        NOT NULL,
    owning_sector VARCHAR(40) NOT NULL,
    life_area     VARCHAR(40),
    priority      INT         NOT NULL,
    status        VARCHAR(20) NOT NULL,
    due_on        DATE,
    version       BIGINT      NOT NULL
);
CREATE INDEX plan_sub_goal_citizen ON plan_sub_goal (citizen_id);
