CREATE TABLE ledger_entry_view (
    entry_id     VARCHAR(100) PRIMARY KEY,
    amount       INTEGER      NOT NULL
);
