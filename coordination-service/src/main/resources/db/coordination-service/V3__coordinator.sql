-- The coordinating caseworker of each citizen, and the citizens who need one. Rebuilt by replay.
CREATE TABLE coordinator (
    citizen_id             UUID          PRIMARY KEY,
    caseworker_id          VARCHAR(128)  NOT NULL,
    sector                 VARCHAR(40)   NOT NULL,
    organisation           VARCHAR(64)   NOT NULL,
    previous_caseworker_id VARCHAR(128),
    reason                 VARCHAR(2000),
    since                  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX coordinator_caseworker ON coordinator (caseworker_id);

CREATE TABLE coordinator_need (
    citizen_id             UUID          PRIMARY KEY,
    organisation           VARCHAR(64)   NOT NULL,
    reason                 VARCHAR(40)   NOT NULL,
    previous_caseworker_id VARCHAR(128),
    involved_sectors       VARCHAR(800)  NOT NULL,
    since                  TIMESTAMPTZ   NOT NULL
);
