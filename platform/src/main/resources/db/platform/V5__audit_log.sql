-- Every access to personal data: who (user, roles, organisation), which citizen, what, why, when.
-- Append-only (a trigger refuses updates and deletes, whoever asks) and tamper-evident: each row's
-- hash covers its content and the previous row's hash, so a changed or removed row breaks the chain.
CREATE TABLE audit_log (
    seq                BIGSERIAL    PRIMARY KEY,
    at                 TIMESTAMPTZ  NOT NULL,
    service            VARCHAR(64)  NOT NULL,
    actor_id           VARCHAR(128) NOT NULL,
    actor_roles        VARCHAR(200) NOT NULL,
    actor_organisation VARCHAR(64),
    actor_sector       VARCHAR(40),
    citizen_id         UUID,
    kind               VARCHAR(10)  NOT NULL,
    category           VARCHAR(60)  NOT NULL,
    resource           VARCHAR(300) NOT NULL,
    purpose            VARCHAR(200) NOT NULL,
    criteria           VARCHAR(1000),
    correlation_id     VARCHAR(128),
    prev_hash          CHAR(64)     NOT NULL,
    hash               CHAR(64)     NOT NULL
);
CREATE INDEX audit_log_citizen ON audit_log (citizen_id, at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END $$;

CREATE TRIGGER audit_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
