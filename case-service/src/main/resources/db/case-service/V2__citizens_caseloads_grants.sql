-- Claims: written by command handlers in the command's own transaction, so a set-based rule across
-- aggregates holds even when two requests race (the unique key decides, never a check-then-act).
-- Not projections: never reset by a replay.

-- One citizen per CPR number. cpr_index is PersonalDataCipher.blindIndex(cpr): a keyed hash, never the
-- CPR itself. Erasing the citizen deletes the row.
CREATE TABLE citizen_identity (
    citizen_id   UUID        PRIMARY KEY,
    cpr_index    CHAR(64)    NOT NULL UNIQUE,
    organisation VARCHAR(64) NOT NULL
);

-- At most one open case per citizen per sector; closing the case deletes the row.
CREATE TABLE open_case_claim (
    citizen_id UUID        NOT NULL,
    sector     VARCHAR(40) NOT NULL,
    case_id    UUID        NOT NULL UNIQUE,
    PRIMARY KEY (citizen_id, sector)
);
-- cases opened before the rule existed keep their sector's place
INSERT INTO open_case_claim (citizen_id, sector, case_id)
SELECT DISTINCT ON (citizen_id, sector) citizen_id, sector, case_id FROM case_summary WHERE status = 'OPEN'
ORDER BY citizen_id, sector, opened_on
ON CONFLICT DO NOTHING;

-- Read models (projections, rebuilt by replay) ------------------------------------------------------

-- The register of citizens: CPR number and name only sealed with the citizen's key (PersonalDataCipher).
CREATE TABLE citizen_view (
    citizen_id    UUID         PRIMARY KEY,
    cpr_index     CHAR(64)     NOT NULL UNIQUE,
    cpr_sealed    TEXT,
    name_sealed   TEXT,
    organisation  VARCHAR(64)  NOT NULL,
    registered_by VARCHAR(128) NOT NULL,
    registered_on DATE         NOT NULL
);

ALTER TABLE case_summary ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE case_summary ADD COLUMN closed_on DATE;
CREATE INDEX case_summary_caseworker ON case_summary (caseworker_id) WHERE status = 'OPEN';

CREATE TABLE team_view (
    team_id                   VARCHAR(64)  PRIMARY KEY,
    organisation              VARCHAR(64)  NOT NULL,
    sector                    VARCHAR(40)  NOT NULL,
    name                      VARCHAR(200) NOT NULL,
    recommended_caseload      INT          NOT NULL,
    authority_hours_per_week  NUMERIC(5,2) NOT NULL,
    version                   BIGINT       NOT NULL
);

-- Caseload = open cases the caseworker is responsible for, against the team's recommended caseload.
CREATE TABLE caseworker_caseload (
    caseworker_id        VARCHAR(128) PRIMARY KEY,
    organisation         VARCHAR(64),
    team_id              VARCHAR(64),
    caseload             INT          NOT NULL,
    recommended_caseload INT,
    exceeded             BOOLEAN      NOT NULL
);
CREATE INDEX caseworker_caseload_team ON caseworker_caseload (team_id);

CREATE TABLE grant_view (
    grant_id             UUID         PRIMARY KEY,
    citizen_id           UUID         NOT NULL,
    case_id              UUID         NOT NULL,
    organisation         VARCHAR(64)  NOT NULL,
    sector               VARCHAR(40)  NOT NULL,
    offer_id             UUID         NOT NULL,
    hours_per_week       NUMERIC(5,2) NOT NULL,
    valid_from           DATE         NOT NULL,
    valid_until          DATE         NOT NULL,
    legal_basis          VARCHAR(200) NOT NULL,
    external_placement   BOOLEAN      NOT NULL,
    frame_grant_id       UUID,
    status               VARCHAR(30)  NOT NULL,
    proposed_by          VARCHAR(128) NOT NULL,
    decided_by           VARCHAR(128),
    ended_on             DATE,
    revisitation_due_on  DATE,
    version              BIGINT       NOT NULL
);
CREATE INDEX grant_view_citizen ON grant_view (citizen_id);
CREATE INDEX grant_view_status ON grant_view (organisation, sector, status);

CREATE TABLE frame_grant_view (
    frame_grant_id UUID          PRIMARY KEY,
    citizen_id     UUID          NOT NULL,
    case_id        UUID          NOT NULL,
    organisation   VARCHAR(64)   NOT NULL,
    sector         VARCHAR(40)   NOT NULL,
    budget_hours   NUMERIC(9,2)  NOT NULL,
    drawn_hours    NUMERIC(9,2)  NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_until    DATE          NOT NULL,
    legal_basis    VARCHAR(200)  NOT NULL,
    granted_by     VARCHAR(128)  NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX frame_grant_view_citizen ON frame_grant_view (citizen_id);
