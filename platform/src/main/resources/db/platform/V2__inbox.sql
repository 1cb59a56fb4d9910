-- Integration events a consumer has applied, so a redelivered message is applied once.
CREATE TABLE inbox_message (
    consumer    VARCHAR(100) NOT NULL,
    event_id    UUID         NOT NULL,
    event_type  VARCHAR(100) NOT NULL,
    topic       VARCHAR(200) NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
