package dk.tvaers.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.tvaers.platform.axon.EventTables;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.support.JdbcTransactionManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Event appends per second through Axon's JDBC storage engine, configured as the services configure it
 * (same tables and trigger, serializer and transaction manager), against raw JDBC inserts of the same rows
 * into the same table. One event per transaction, as a command handler appends. Raw JDBC serializes the
 * payload with the same serializer but nothing else, so it is the database's floor; Axon pays for its
 * statement building, Spring's transaction and its own transaction wrapper.
 */
final class AppendBenchmark {

    record CaseOpenedEvent(UUID caseId, UUID citizenId, String organisation, String sector, String legalBasis,
                           String caseworkerId, LocalDate openedOn) {
    }

    record Result(double axonPerSecond, double jdbcPerSecond) {
        double ratio() {
            return axonPerSecond / jdbcPerSecond;
        }
    }

    private static final String INSERT = """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                time_stamp, payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final HikariDataSource dataSource;
    private final SpringTransactionManager axonTransactions;
    private final JdbcEventStorageEngine engine;
    private final Serializer serializer = Jackson3Serializer.builder().build();

    AppendBenchmark(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setConnectionInitSql("SET transaction_timeout = '10s'");
        this.dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform")
                .table("platform_schema_history").load().migrate();
        this.axonTransactions = new SpringTransactionManager(new JdbcTransactionManager(dataSource));
        this.engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(axonTransactions)
                .schema(EventTables.schema())
                .dataType(byte[].class)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    /**
     * A warm-up of each, then three rounds taking turns, so that neither side has the machine to itself at a
     * better moment; each side's rate is its events over its total time.
     */
    Result run(int events, int threads) throws Exception {
        measure(events / 5, threads, this::appendWithAxon);
        measure(events / 5, threads, this::insertWithJdbc);
        int rounds = 3;
        double axonSeconds = 0;
        double jdbcSeconds = 0;
        for (int round = 0; round < rounds; round++) {
            axonSeconds += events / measure(events, threads, this::appendWithAxon);
            jdbcSeconds += events / measure(events, threads, this::insertWithJdbc);
        }
        return new Result(rounds * events / axonSeconds, rounds * events / jdbcSeconds);
    }

    private double measure(int events, int threads, IntConsumer append) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        Future<?>[] workers = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < events) {
                    append.accept(i);
                }
            });
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return events / seconds;
    }

    private GenericDomainEventMessage<CaseOpenedEvent> event() {
        UUID caseId = UUID.randomUUID();
        return new GenericDomainEventMessage<>("SectorCase", caseId.toString(), 0,
                new CaseOpenedEvent(caseId, UUID.randomUUID(), "holstebro", "jobcenter", "LAB §2", "bench.worker",
                        LocalDate.now()));
    }

    private void appendWithAxon(int i) {
        GenericDomainEventMessage<CaseOpenedEvent> event = event();
        axonTransactions.executeInTransaction(() -> engine.appendEvents(event));
    }

    private void insertWithJdbc(int i) {
        GenericDomainEventMessage<CaseOpenedEvent> event = event();
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(event.getMetaData(), byte[].class);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, event.getIdentifier());
                insert.setString(2, event.getAggregateIdentifier());
                insert.setLong(3, event.getSequenceNumber());
                insert.setString(4, event.getType());
                insert.setString(5, Instant.now().toString());
                insert.setString(6, payload.getType().getName());
                insert.setString(7, payload.getType().getRevision());
                insert.setBytes(8, payload.getData());
                insert.setBytes(9, metaData.getData());
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void close() {
        dataSource.close();
    }
}
