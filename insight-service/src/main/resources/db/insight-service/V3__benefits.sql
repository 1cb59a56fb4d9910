-- The public benefit a citizen receives from effective_from (null: none), from the jobcenter's own system.
CREATE TABLE benefit_change (
    sequence       bigint PRIMARY KEY,
    citizen_id     uuid NOT NULL,
    organisation   text NOT NULL,
    benefit        text,
    effective_from date NOT NULL
);
CREATE INDEX benefit_change_organisation ON benefit_change (organisation);
