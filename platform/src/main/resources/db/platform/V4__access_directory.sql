-- Each service's own copy of the facts that decide who may see a citizen (CitizenAccess), kept current
-- from case-service's and coordination-service's integration events. Rebuilt by replaying the topics.

-- Sector cases: a sector works with a citizen while its case is open.
CREATE TABLE access_case (
    case_id       UUID         PRIMARY KEY,
    citizen_id    UUID         NOT NULL,
    sector        VARCHAR(40)  NOT NULL,
    organisation  VARCHAR(64)  NOT NULL,
    caseworker_id VARCHAR(128) NOT NULL,
    open          BOOLEAN      NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX access_case_citizen ON access_case (citizen_id);
CREATE INDEX access_case_sector ON access_case (sector, organisation) WHERE open;

-- The citizen's consents: the listed sectors may see each other's information of the listed categories.
CREATE TABLE access_consent (
    citizen_id  UUID          NOT NULL,
    consent_id  UUID          NOT NULL,
    sectors     VARCHAR(40)[] NOT NULL,
    categories  VARCHAR(40)[] NOT NULL,
    valid_from  DATE          NOT NULL,
    valid_until DATE,
    PRIMARY KEY (citizen_id, consent_id)
);

-- The coordinating caseworker of each citizen.
CREATE TABLE access_coordinator (
    citizen_id    UUID         PRIMARY KEY,
    caseworker_id VARCHAR(128) NOT NULL,
    sector        VARCHAR(40)  NOT NULL,
    organisation  VARCHAR(64)  NOT NULL
);
CREATE INDEX access_coordinator_caseworker ON access_coordinator (caseworker_id);

-- Partner institutions party to a citizen (an enrolment on one of their offers).
CREATE TABLE access_partner (
    citizen_id   UUID        NOT NULL,
    organisation VARCHAR(64) NOT NULL,
    since        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (citizen_id, organisation)
);

-- Erased citizens: no one sees anything of them, and projections skip them on a replay.
CREATE TABLE erased_citizen (
    citizen_id UUID        PRIMARY KEY,
    erased_on  DATE        NOT NULL,
    recorded   TIMESTAMPTZ NOT NULL DEFAULT now()
);
