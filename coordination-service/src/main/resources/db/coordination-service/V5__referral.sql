-- Referrals between sectors with their current status. Rebuilt by replay.
CREATE TABLE referral (
    referral_id       UUID          PRIMARY KEY,
    citizen_id        UUID          NOT NULL,
    from_sector       VARCHAR(40)   NOT NULL,
    from_organisation VARCHAR(64)   NOT NULL,
    sent_by           VARCHAR(128)  NOT NULL,
    to_sector         VARCHAR(40)   NOT NULL,
    to_organisation   VARCHAR(64)   NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    sub_goal_id       UUID          NOT NULL,
    sent_on           DATE          NOT NULL,
    answer_by         DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    unanswered        BOOLEAN       NOT NULL,
    rejection_reason  VARCHAR(40),
    note              VARCHAR(2000),
    last_changed_by   VARCHAR(128)  NOT NULL,
    last_changed_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX referral_citizen ON referral (citizen_id);
CREATE INDEX referral_to ON referral (to_sector, to_organisation);
CREATE INDEX referral_from ON referral (from_sector, from_organisation);
