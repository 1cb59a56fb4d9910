package dk.tvaers.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The local platform's infrastructure in its data folder: PostgreSQL with a database and login per service, Kafka,
 * and the services' master keys. PostgreSQL and Kafka start side by side: on a fresh folder PostgreSQL's initdb is a
 * process of its own, mostly waiting for the disk, while Kafka formats its log and starts in this JVM.
 */
final class LocalInfrastructure implements Infrastructure, AutoCloseable {

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final LocalMasterKeys masterKeys;
    private final FileChannel lock;

    private LocalInfrastructure(LocalPostgres postgres, LocalKafka kafka, LocalMasterKeys masterKeys,
                                FileChannel lock) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.masterKeys = masterKeys;
        this.lock = lock;
    }

    /**
     * Takes the data folder for this process, then starts both servers; if one cannot start, stops the other and
     * throws why. The folder is locked first: a second Kafka on the same log would corrupt the running one's (and
     * PostgreSQL, which locks its own folder, may be the later of the two to start). The ports are checked next:
     * Kafka ends the JVM when it cannot listen.
     */
    static LocalInfrastructure start(Path data, int pgPort, int kafkaPort) throws Exception {
        Files.createDirectories(data);
        FileChannel lock = lock(data);
        try {
            Ports.requireFree(pgPort, "PostgreSQL", "TVAERS_PG_PORT");
            Ports.requireFree(kafkaPort, "Kafka", "TVAERS_KAFKA_PORT");
            Ports.requireFree(kafkaPort + 1, "Kafka's controller", "TVAERS_KAFKA_PORT, this one above it");
            LocalMasterKeys masterKeys = new LocalMasterKeys(data, Files.exists(data.resolve("postgres/PG_VERSION")));
            CompletableFuture<LocalKafka> kafka = CompletableFuture.supplyAsync(
                    () -> LocalKafka.start(data.resolve("kafka"), kafkaPort, kafkaPort + 1));
            LocalPostgres postgres;
            try {
                postgres = LocalPostgres.start(data.resolve("postgres"), pgPort);
                for (TvaersService service : TvaersService.values()) {
                    postgres.ensureDatabase(service.database, service.databaseUser, service.databaseUser);
                }
            } catch (RuntimeException e) {
                // stopped before the folder's lock is let go
                try {
                    kafka.join().close();
                } catch (CompletionException kafkaFailedToo) {
                    e.addSuppressed(kafkaFailedToo.getCause());
                }
                throw e;
            }
            try {
                return new LocalInfrastructure(postgres, kafka.join(), masterKeys, lock);
            } catch (CompletionException e) {
                postgres.close();
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        } catch (Exception e) {
            lock.close();
            throw e;
        }
    }

    /** The data folder's lock, held while this process runs on the folder. */
    private static FileChannel lock(Path data) throws IOException {
        FileChannel channel = FileChannel.open(data.resolve("tvaers.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            held = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (held == null) {
            channel.close();
            throw new IllegalStateException("Tværs is already running on the data folder " + data
                    + " (another folder: TVAERS_DATA)");
        }
        return channel;
    }

    @Override
    public ServiceDatabase database(String serviceName) {
        TvaersService service = TvaersService.valueOf(serviceName.replace("-service", "").toUpperCase(Locale.ROOT));
        return new ServiceDatabase(postgres.jdbcUrl(service.database), service.databaseUser, service.databaseUser);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String masterKey(String serviceName) {
        return masterKeys.of(serviceName);
    }

    /** Where a person connects to PostgreSQL, for the given database. */
    String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    @Override
    public void close() {
        try {
            kafka.close();
            postgres.close();
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        }
    }
}
