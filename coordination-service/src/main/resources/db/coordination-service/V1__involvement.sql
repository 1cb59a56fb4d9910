-- The sectors with an open case for each citizen, from case-service's events. Rebuilt by replay.
CREATE TABLE involved_sector (
    citizen_id    UUID         NOT NULL,
    sector        VARCHAR(40)  NOT NULL,
    organisation  VARCHAR(64)  NOT NULL,
    case_id       UUID         NOT NULL,
    caseworker_id VARCHAR(128) NOT NULL,
    since         DATE         NOT NULL,
    PRIMARY KEY (citizen_id, sector)
);
