CREATE TABLE note_view (
    note_id    UUID PRIMARY KEY,
    citizen_id UUID         NOT NULL,
    sector     VARCHAR(40)  NOT NULL,
    text       VARCHAR(2000)
);
