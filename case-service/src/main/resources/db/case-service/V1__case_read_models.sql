-- Read models of case-service, rebuilt by replaying the event store.
CREATE TABLE case_summary (
    case_id       UUID         PRIMARY KEY,
    citizen_id    UUID         NOT NULL,
    organisation  VARCHAR(64)  NOT NULL,
    sector        VARCHAR(40)  NOT NULL,
    legal_basis   VARCHAR(200) NOT NULL,
    caseworker_id VARCHAR(128) NOT NULL,
    opened_on     DATE         NOT NULL,
    status        VARCHAR(20)  NOT NULL
);
CREATE INDEX case_summary_citizen ON case_summary (citizen_id);
