-- A partner institution is party to a citizen while the citizen is enrolled on one of its offers.
DROP TABLE access_partner;
CREATE TABLE access_partner (
    enrolment_id UUID        PRIMARY KEY,
    citizen_id   UUID        NOT NULL,
    organisation VARCHAR(64) NOT NULL,
    since        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX access_partner_citizen ON access_partner (citizen_id, organisation);
CREATE INDEX access_partner_organisation ON access_partner (organisation);
