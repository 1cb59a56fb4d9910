package dk.tvaers.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the whole Tværs platform on this machine with nothing but a JDK: PostgreSQL and Kafka embedded,
 * every service and the gateway on http://localhost:8080, data kept in {@code .tvaers/} between runs.
 * Ctrl-C stops it cleanly. Settings: {@code TVAERS_DATA} (data folder), {@code TVAERS_PG_PORT}
 * (default 15432), {@code TVAERS_KAFKA_PORT} (default 19092).
 */
public final class TvaersLocal {

    private static final Logger log = LoggerFactory.getLogger(TvaersLocal.class);

    private TvaersLocal() {
    }

    public static void main(String[] args) throws Exception {
        // one logging set-up for the whole JVM (logback.xml), not one per service context
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        System.setProperty("axoniq.update-checker.disabled", "true");

        Path data = Path.of(env("TVAERS_DATA", ".tvaers")).toAbsolutePath();
        int pgPort = Integer.parseInt(env("TVAERS_PG_PORT", "15432"));
        int kafkaPort = Integer.parseInt(env("TVAERS_KAFKA_PORT", "19092"));
        AtomicReference<LocalInfrastructure> infrastructure = new AtomicReference<>();
        Platform platform;
        try {
            // the sign-in starts while PostgreSQL and Kafka do
            platform = Platform.start(() -> {
                infrastructure.set(LocalInfrastructure.start(data, pgPort, kafkaPort));
                return infrastructure.get();
            }, true, Map.of());
        } catch (RuntimeException e) {
            if (infrastructure.get() != null) {
                infrastructure.get().close();
            }
            throw e;
        }
        LocalInfrastructure local = infrastructure.get();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping Tværs...");
            platform.close();
            local.close();
            log.info("Tværs stopped. Data kept in {}", data);
            stopped.countDown();
        }, "tvaers-stop"));

        Path seeded = data.resolve("demo-citizens.properties");
        if (!Files.exists(seeded)) {
            Map<String, java.util.UUID> citizens = DemoData.seed(platform.gatewayUrl(), platform.issuer());
            StringBuilder lines = new StringBuilder("# demo citizens seeded " + Instant.now() + "\n");
            citizens.forEach((name, id) -> lines.append(name.replace(' ', '_')).append('=').append(id).append('\n'));
            Files.writeString(seeded, lines);
        }

        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Tværs is ready in ").append(String.format("%.1f", seconds)).append(" s")
                .append(" (resident memory ").append(ResidentMemory.platformBytes(data.resolve("postgres")) >> 20)
                .append(" MB)\n\n")
                .append("  Gateway          ").append(platform.gatewayUrl()).append("   <- use this\n");
        banner.append("  Sign-in          ").append(platform.issuer())
                .append("   (demo users, password 'demo': sofie.social, jonas.job, lene.leder, morten.chef...)\n");
        platform.serviceUrls().forEach((name, url) -> banner.append(String.format("  %-20s %s  (health: %s/actuator/health)%n",
                name, url, url)));
        banner.append("  PostgreSQL       ").append(local.jdbcUrl("<database>")).append("  (user postgres)\n")
                .append("  Kafka            ").append(local.kafkaBootstrapServers()).append('\n')
                .append("  Data folder      ").append(data).append('\n')
                .append("  Demo citizens    ").append(Files.readAllLines(seeded).stream()
                        .filter(line -> !line.startsWith("#")).map(line -> line.replace('_', ' '))
                        .collect(java.util.stream.Collectors.joining(", "))).append("\n\n")
                .append("  Stop with Ctrl-C; the data stays for the next run.\n");
        log.info(banner.toString());
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
