package dk.tvaers.platform.axon;

import dk.tvaers.platform.testapp.Ledger.RecordEntryCommand;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import dk.tvaers.platform.privacy.CryptoShreddingSerializer;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event store is what the architecture asks for, not what a default happened to give. */
@ServiceIntegrationTest
class AxonPersistenceIT {

    @Autowired
    TransactionManager axonTransactionManager;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    Serializer generalSerializer;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @Test
    void axonRunsInSpringTransactionsOnTheJdbcStores() {
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(eventSerializer).as("JSON with personal fields encrypted per citizen")
                .isInstanceOf(CryptoShreddingSerializer.class);
        assertThat(generalSerializer).isInstanceOf(Jackson3Serializer.class);
    }

    @Test
    void noTableUsesLargeObjects() {
        assertThat(jdbc.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND data_type = 'oid'""")
                .query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT data_type FROM information_schema.columns
                        WHERE table_name = 'domain_event_entry' AND column_name = 'payload'""")
                .query(String.class).single()).isEqualTo("bytea");
    }

    @Test
    void storedEventsAreReadableJson() {
        String id = "json-" + UUID.randomUUID();
        commands.sendAndWait(new RecordEntryCommand(id, 42));

        String amount = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'amount'
                        FROM domain_event_entry WHERE aggregate_identifier = ?""")
                .param(id).query(String.class).single();

        assertThat(amount).isEqualTo("42");
    }

    @Test
    void aSecondAppendAtTheSameSequenceIsAConcurrencyConflictNotAServerError() {
        String id = "twice-" + UUID.randomUUID();
        commands.sendAndWait(new RecordEntryCommand(id, 1));

        assertThatThrownBy(() -> commands.sendAndWait(new RecordEntryCommand(id, 2)))
                .as("recognised as a duplicate, which the web layer answers with 409")
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void everyDatabaseSessionCarriesTheTransactionLimit() {
        assertThat(jdbc.sql("SHOW transaction_timeout").query(String.class).single()).isEqualTo("1s");
    }
}
