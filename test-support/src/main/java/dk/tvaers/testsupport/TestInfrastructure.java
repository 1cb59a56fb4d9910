package dk.tvaers.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

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
