-- The investment calculator's cases: the assumptions as they are now, and every version of them with who
-- changed them and when (projection investment-cases, rebuilt by replay of the InvestmentCase aggregates).

CREATE TABLE investment_case (
    case_id      uuid PRIMARY KEY,
    organisation text        NOT NULL,
    title        text        NOT NULL,
    version      bigint      NOT NULL,
    assumptions  jsonb       NOT NULL,
    changed_by   text        NOT NULL,
    changed_at   timestamptz NOT NULL
);
CREATE INDEX investment_case_organisation ON investment_case (organisation);

CREATE TABLE investment_case_version (
    case_id     uuid        NOT NULL,
    version     bigint      NOT NULL,
    assumptions jsonb       NOT NULL,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL,
    note        text,
    PRIMARY KEY (case_id, version)
);
