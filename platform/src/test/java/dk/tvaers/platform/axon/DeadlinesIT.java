package dk.tvaers.platform.axon;

import dk.tvaers.platform.testapp.Ledger.RecordEntryForReviewCommand;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An aggregate's deadline is stored in the database and fires by itself. */
@ServiceIntegrationTest
class DeadlinesIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeadlineIsStoredWithItsAggregateAndFiresByItself() {
        String entryId = "review-" + UUID.randomUUID();

        commands.sendAndWait(new RecordEntryForReviewCommand(entryId, Duration.ofMillis(1500)));

        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_data IS NOT NULL").query(Long.class)
                .single()).isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%EntryReviewDueEvent'""")
                .param(entryId).query(Long.class).single() == 1);
    }
}
