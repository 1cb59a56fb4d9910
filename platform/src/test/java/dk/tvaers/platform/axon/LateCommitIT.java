package dk.tvaers.platform.axon;

import dk.tvaers.platform.testapp.Ledger.EntryRecordedEvent;
import dk.tvaers.platform.testapp.Ledger.RecordEntryCommand;
import dk.tvaers.platform.testapp.LedgerEntriesProjection;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * AxonFramework#4829: a tracking processor on a relational store can pass over an event whose
 * transaction commits after later events. These tests run a command inside a surrounding transaction,
 * so its event row takes its global index at once but stays uncommitted until the test lets go, while
 * later events commit and are processed. The test configuration has a 1 s transaction limit, a 0.5 s clock
 * tolerance and a 3.5 s gap timeout. The event table's own part of the bound, refusing events stamped too long before their
 * transaction began, is tested here too.
 */
@ServiceIntegrationTest
class LateCommitIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    LedgerEntriesProjection entries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    HistoricEventImport history;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aTransactionThatCommitsAfterLaterEventsIsStillProcessed() throws Exception {
        String slowId = "slow-" + UUID.randomUUID();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(
                () -> holdOpen(new RecordEntryCommand(slowId, 1), inserted, release, Duration.ofSeconds(5)));
        assertThat(inserted.await(5, TimeUnit.SECONDS)).isTrue();

        List<String> fastIds = IntStream.range(0, 10).mapToObj(i -> "fast-" + UUID.randomUUID()).toList();
        fastIds.forEach(id -> commands.sendAndWait(new RecordEntryCommand(id, 1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> fastIds.stream().allMatch(entries::contains));
        assertThat(entries.contains(slowId)).as("not committed yet").isFalse();

        release.countDown();
        slow.get(5, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(10)).until(() -> entries.contains(slowId));
        assertThat(globalIndexOf(slowId)).as("the slow event came first in the store")
                .isLessThan(globalIndexOf(fastIds.get(0)));
    }

    /** Six writers whose transactions overlap and commit in any order: every committed event is processed. */
    @Test
    void manyWritersCommittingOutOfOrderLoseNoEvent() throws Exception {
        int writers = 6;
        int perWriter = 150;
        List<String> ids = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<CompletableFuture<Void>> running = IntStream.range(0, writers).mapToObj(w -> CompletableFuture.runAsync(() -> {
                java.util.Random random = new java.util.Random(w);
                for (int n = 0; n < perWriter; n++) {
                    String id = "many-" + w + "-" + n + "-" + UUID.randomUUID();
                    try {
                        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                            commands.sendAndWait(new RecordEntryCommand(id, 1));
                            sleep(random.nextInt(25));
                        });
                        ids.add(id);
                    } catch (RuntimeException overTheLimit) {
                        // rolled back (a loaded machine can pass the 1 s limit): nothing committed, nothing to find
                    }
                }
            }, pool)).toList();
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids.stream()
                .filter(id -> !entries.contains(id)).toList()).as("events never processed").isEmpty());
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTransactionOverTheLimitIsRolledBackSoThereIsNothingToSkip() {
        String tooSlowId = "too-slow-" + UUID.randomUUID();

        assertThatThrownBy(() -> holdOpen(new RecordEntryCommand(tooSlowId, 1), new CountDownLatch(1),
                new CountDownLatch(1), Duration.ofMillis(2500)))
                .as("PostgreSQL ends the transaction after 1 s")
                .isInstanceOf(RuntimeException.class);

        String nextId = "next-" + UUID.randomUUID();
        commands.sendAndWait(new RecordEntryCommand(nextId, 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> entries.contains(nextId));
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(tooSlowId).query(Long.class).single()).isZero();
        assertThat(entries.contains(tooSlowId)).isFalse();
    }

    @Test
    void theStartUpCheckRejectsAGapTimeoutShorterThanThreeTransactionsAndTheClockTolerance() {
        assertThatThrownBy(() -> new EventStoreProperties(Duration.ofSeconds(34), 1_000_000, Duration.ofSeconds(10),
                Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least three times")
                .hasMessageContaining("clock-tolerance");
        assertThat(new EventStoreProperties(Duration.ofSeconds(35), 1_000_000, Duration.ofSeconds(10),
                Duration.ofSeconds(5)).gapTimeout()).hasSeconds(35);
    }

    @Test
    void theStartUpCheckRejectsAClockToleranceOfATransactionOrMore() {
        assertThatThrownBy(() -> new EventStoreProperties(Duration.ofSeconds(60), 1_000_000, Duration.ofSeconds(10),
                Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("less than tvaers.event-store.transaction-timeout");
        assertThatThrownBy(() -> new EventStoreProperties(Duration.ofSeconds(60), 1_000_000, Duration.ofSeconds(10),
                Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The server transaction begins with its first statement, which may come well after the unit of work
     * stamped its events (a long pause of the JVM, say). An event stamped more than the limit before its
     * transaction began would let a gap be abandoned too early, so the table refuses it.
     */
    @Test
    void anEventStampedLongerThanTheLimitBeforeItsTransactionBeganIsRefusedAndNothingIsStored() {
        String staleId = "stale-" + UUID.randomUUID();

        assertThatThrownBy(() -> eventStore.publish(entryRecorded(staleId, Instant.now().minusMillis(1500))))
                .as("stamped 1.5 s before its transaction, the limit is 1 s")
                .hasStackTraceContaining("before the transaction that stores it began");

        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(staleId).query(Long.class).single()).isZero();

        String freshId = "fresh-" + UUID.randomUUID();
        eventStore.publish(entryRecorded(freshId, Instant.now().minusMillis(500)));
        await().atMost(Duration.ofSeconds(10)).until(() -> entries.contains(freshId));
    }

    /** An import of historic events, run while nothing else writes, says so and keeps the events' own dates. */
    @Test
    void anImportOfHistoricEventsSaysSoForItsTransactionAndIsStored() {
        String historicId = "historic-" + UUID.randomUUID();
        Instant lastYear = Instant.now().minus(Duration.ofDays(365));

        history.run(() -> eventStore.publish(entryRecorded(historicId, lastYear)));

        await().atMost(Duration.ofSeconds(10)).until(() -> entries.contains(historicId));
        assertThat(Instant.parse(jdbc.sql("SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(historicId).query(String.class).single())).isCloseTo(lastYear, within(1, ChronoUnit.SECONDS));
        assertThat(jdbc.sql("SELECT current_setting('tvaers.historic_events', true)").query(String.class).single())
                .as("the permission ended with its transaction").isNotEqualTo("on");
    }

    private static GenericDomainEventMessage<EntryRecordedEvent> entryRecorded(String entryId, Instant stampedAt) {
        return new GenericDomainEventMessage<>("Ledger", entryId, 0, new EntryRecordedEvent(entryId, 1), Map.of(),
                UUID.randomUUID().toString(), stampedAt);
    }

    /** Handles the command in a transaction that stays open after the event row is inserted. */
    private void holdOpen(RecordEntryCommand command, CountDownLatch inserted, CountDownLatch release,
                          Duration atMost) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            commands.sendAndWait(command);
            inserted.countDown();
            try {
                release.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private long globalIndexOf(String entryId) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(entryId).query(Long.class).single();
    }
}
