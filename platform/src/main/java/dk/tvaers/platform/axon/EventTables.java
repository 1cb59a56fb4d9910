package dk.tvaers.platform.axon;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/** The names of Axon's event tables as Flyway creates them ({@code db/platform/V1__axon_event_store.sql}). */
public final class EventTables {

    private EventTables() {
    }

    public static EventSchema schema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }
}
