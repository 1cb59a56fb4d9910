-- An event row is refused when its time stamp lies more than the session's transaction_timeout before
-- the start of the transaction that inserts it (see EventStoreProperties for why the bound matters).
-- Checking it here, at the table, holds for every writer, so the application need not start its server
-- transactions early with an extra round trip. An import of historic events, run while nothing else
-- writes, sets tvaers.historic_events = 'on' for its transaction (SET LOCAL) to pass the check.
CREATE FUNCTION domain_event_stamped_within_its_transaction() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    stamp_limit interval := current_setting('transaction_timeout')::interval;
BEGIN
    IF stamp_limit > interval '0'
        AND NEW.time_stamp::timestamptz < transaction_timestamp() - stamp_limit
        AND coalesce(current_setting('tvaers.historic_events', true), '') <> 'on' THEN
        RAISE EXCEPTION 'event % was stamped at %, more than % before the transaction that stores it began',
            NEW.event_identifier, NEW.time_stamp, stamp_limit
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_stamped_within_its_transaction
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION domain_event_stamped_within_its_transaction();
