package dk.tvaers.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The real PostgreSQL and Kafka every test uses, started once per test JVM. Where a Docker engine
 * runs they are Testcontainers; otherwise the test JVM starts them itself (embedded PostgreSQL binaries
 * and a KRaft broker). The same tests run either way. Force a choice with
 * {@code -Dtvaers.test.infrastructure=embedded|containers}.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static DatabaseServer postgres;
    private static KafkaServer kafka;
    private static Boolean containers;
    /** Closed when the JVM ends, last first: whatever uses the servers, then the servers. */
    private static final Deque<AutoCloseable> users = new ArrayDeque<>();
    private static final Deque<AutoCloseable> servers = new ArrayDeque<>();
    private static boolean stopHookAdded;
    private static final Duration USERS_CLOSE_LIMIT = Duration.ofSeconds(20);

    private TestInfrastructure() {
    }

    public static synchronized DatabaseServer postgres() {
        if (postgres == null) {
            long start = System.nanoTime();
            postgres = useContainers() ? ContainerPostgresServer.start() : EmbeddedPostgresServer.start();
            log.info("Test PostgreSQL ready in {} ms: {}", elapsedMillis(start), postgres.description());
        }
        return postgres;
    }

    public static synchronized KafkaServer kafka() {
        if (kafka == null) {
            long start = System.nanoTime();
            kafka = useContainers() ? ContainerKafkaServer.start() : EmbeddedKafkaServer.start();
            log.info("Test Kafka ready in {} ms: {}", elapsedMillis(start), kafka.description());
        }
        return kafka;
    }

    /**
     * Closes {@code user} when the JVM ends, before the test PostgreSQL and Kafka stop. JVM shutdown hooks run all at
     * once, so a whole platform closed by a hook of its own met a PostgreSQL that had stopped and a broker whose log
     * directory had been deleted: its Kafka consumers waited for the broker until Surefire killed the JVM 30 seconds
     * later.
     */
    public static synchronized void closeBeforeServersStop(AutoCloseable user) {
        users.push(user);
        addStopHook();
    }

    /** Stops an embedded server when the JVM ends, after everything that uses the servers is closed. */
    static synchronized void stopWhenTheJvmEnds(AutoCloseable server) {
        servers.push(server);
        addStopHook();
    }

    private static void addStopHook() {
        if (!stopHookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::closeAll, "test-infrastructure-stop"));
            stopHookAdded = true;
        }
    }

    /**
     * Closes the users, last registered first, then stops the servers, last started first. A user that does not close
     * within {@link #USERS_CLOSE_LIMIT} is left to the JVM's end: the servers still stop, or an embedded PostgreSQL
     * would outlive the JVM when Surefire gives up on it.
     */
    private static void closeAll() {
        List<AutoCloseable> closingUsers;
        List<AutoCloseable> stoppingServers;
        synchronized (TestInfrastructure.class) {
            closingUsers = List.copyOf(users);
            stoppingServers = List.copyOf(servers);
        }
        Thread closing = new Thread(() -> closingUsers.forEach(TestInfrastructure::closeQuietly),
                "test-infrastructure-close-users");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(USERS_CLOSE_LIMIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            log.warn("What used the test servers did not close within {}; stopping the servers anyway",
                    USERS_CLOSE_LIMIT);
        }
        stoppingServers.forEach(TestInfrastructure::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("Could not close {} at the JVM's end: {}", closeable, e.toString());
        }
    }

    private static boolean useContainers() {
        if (containers == null) {
            String choice = System.getProperty("tvaers.test.infrastructure", "auto").toLowerCase(Locale.ROOT);
            containers = switch (choice) {
                case "containers" -> true;
                case "embedded" -> false;
                default -> dockerAvailable();
            };
            log.info("Test infrastructure: {}", containers ? "Testcontainers" : "embedded servers in the test JVM");
        }
        return containers;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
