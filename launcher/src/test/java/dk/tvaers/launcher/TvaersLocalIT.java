package dk.tvaers.launcher;

import dk.tvaers.testsupport.OidcLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's first command as a user runs it: {@code java -jar launcher/target/tvaers-local.jar} in a process of its
 * own, on its own embedded PostgreSQL and Kafka and the well-known local ports. It says where everything is when
 * ready, carries a case from the gateway to coordination-service, stops cleanly on Ctrl-C (SIGINT) and starts again
 * on the data it kept. Skipped, with the reason, when another program holds one of the local ports (a platform the
 * developer is running, say).
 */
class TvaersLocalIT {

    private static final Path JAR = Path.of("target", "tvaers-local.jar").toAbsolutePath();
    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration STOP = Duration.ofSeconds(90);
    private static final String GATEWAY = "http://localhost:8080";
    private static final String SIGN_IN = "http://localhost:9000";
    private static final int POSTGRES_PORT = 15432;
    private static final int KAFKA_PORT = 19092;

    @TempDir
    Path data;

    @Test
    void theReadmeCommandRunsThePlatformStopsOnCtrlCAndStartsAgainOnTheDataItKept() throws Exception {
        List<Integer> ports = new ArrayList<>(List.of(8080, 9000, POSTGRES_PORT, KAFKA_PORT, KAFKA_PORT + 1));
        Stream.of(TvaersService.values()).forEach(service -> ports.add(service.defaultPort));
        assumeThat(ports.stream().filter(port -> !Ports.isFree(port)).toList())
                .as("local ports the launcher needs that another program holds").isEmpty();
        assertThat(JAR).as("the launcher's jar (mvn package builds it)").exists();

        UUID citizen;
        String caseId;
        String demoCitizens;
        try (Launched first = Launched.start(data, "first")) {
            String banner = first.awaitReady();
            assertThat(banner).contains(GATEWAY + "   <- use this", SIGN_IN,
                    "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/<database>", "localhost:" + KAFKA_PORT,
                    "Data folder      " + data.toAbsolutePath(), "Stop with Ctrl-C");
            for (TvaersService service : TvaersService.values()) {
                assertThat(banner).containsPattern(service.serviceName + " +http://localhost:" + service.defaultPort
                        + " +\\(health: http://localhost:" + service.defaultPort + "/actuator/health\\)");
            }
            demoCitizens = line(banner, "Demo citizens");
            assertThat(demoCitizens).containsPattern("(=[0-9a-f-]{36}.*){3}");
            assertThat(postgresSetting("fsync")).as("the kept data folder survives a power cut").isEqualTo("on");

            RestClient gateway = gatewayAs("jonas.job");
            citizen = UUID.fromString((String) gateway.post().uri("/api/citizens")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("cpr", "120695-1235", "name", "Lauritz Lokal"))
                    .retrieve().body(Map.class).get("citizenId"));
            caseId = (String) gateway.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("citizenId", citizen, "legalBasis", "Lov om en aktiv beskæftigelsesindsats"))
                    .retrieve().body(Map.class).get("caseId");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertJobcenterInvolved(gateway, citizen, caseId));

            // a second run on the same data is refused before it starts anything: a second Kafka on the folder
            // would corrupt the running one's log
            try (Launched again = Launched.start(data, "again")) {
                assertThat(again.awaitEnd()).as("the second run's exit code").isNotZero();
                // ASCII only (see stopWithCtrlC)
                assertThat(again.output()).contains("port 9000 (the sign-in) is taken", "already running?");
            }
            assertThat(first.process.isAlive()).as("the first run goes on").isTrue();
            assertJobcenterInvolved(gateway, citizen, caseId);

            first.stopWithCtrlC();
        }

        try (Launched second = Launched.start(data, "second")) {
            String banner = second.awaitReady();
            assertThat(line(banner, "Demo citizens")).as("the demo citizens are seeded once").isEqualTo(demoCitizens);

            RestClient gateway = gatewayAs("jonas.job");
            assertThat(gateway.get().uri("/api/citizens/{id}", citizen).retrieve().body(Map.class))
                    .as("the citizen's name, decrypted with the key kept in the data folder")
                    .containsEntry("name", "Lauritz Lokal");
            assertJobcenterInvolved(gateway, citizen, caseId);

            second.stopWithCtrlC();
        }
    }

    private static RestClient gatewayAs(String user) {
        String token = OidcLogin.accessToken(SIGN_IN, "tvaers-web", "http://127.0.0.1:8080/login/callback", user,
                "demo");
        return RestClient.builder().baseUrl(GATEWAY).defaultHeader("Authorization", "Bearer " + token).build();
    }

    /** Coordination-service lists the jobcenter, with the case, as the citizen's one involved sector. */
    @SuppressWarnings("unchecked")
    private static void assertJobcenterInvolved(RestClient gateway, UUID citizen, String caseId) {
        List<Map<String, Object>> involved = gateway.get()
                .uri("/api/coordination/citizens/{id}/involved-sectors", citizen).retrieve().body(List.class);
        assertThat(involved).singleElement().satisfies(sector -> assertThat(sector)
                .containsEntry("sector", "jobcenter").containsEntry("caseId", caseId));
    }

    private static String postgresSetting(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/postgres", "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String line(String text, String label) {
        return text.lines().filter(line -> line.contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + label + "' in:\n" + text));
    }

    /** One run of the launcher's jar, its output kept in a temporary file. */
    private static final class Launched implements AutoCloseable {

        private final Process process;
        private final Path output;
        private final Path data;
        /** As the system reckons process start times (to the clock tick), read while the process runs. */
        private final Instant started;

        private Launched(Process process, Path output, Path data) {
            this.process = process;
            this.output = output;
            this.data = data;
            this.started = process.info().startInstant().orElseThrow();
        }

        static Launched start(Path data, String run) throws IOException {
            Path output = Files.createTempFile("tvaers-local-" + run, ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("TVAERS_DATA", data.toString());
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            return new Launched(builder.start(), output, data);
        }

        /** Waits for the banner and returns it. */
        String awaitReady() {
            await().atMost(START).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError("the launcher ended with " + process.exitValue() + ":\n" + tail());
                }
                return output().contains("Stop with Ctrl-C");
            });
            String log = output();
            return log.substring(log.lastIndexOf("is ready in"));
        }

        /** Waits for a run that is to fail to end, and returns its exit code. */
        int awaitEnd() throws InterruptedException {
            assertThat(process.waitFor(START.toSeconds(), TimeUnit.SECONDS)).as("ended:\n%s", tail()).isTrue();
            return process.exitValue();
        }

        /** Ctrl-C: SIGINT, as a terminal sends it; the JVM ends with 128 + 2 once its shutdown hooks are done. */
        void stopWithCtrlC() throws Exception {
            interrupt();
            assertThat(process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)).as("stopped within %s:\n%s", STOP, tail())
                    .isTrue();
            assertThat(process.exitValue()).as(tail()).isEqualTo(130);
            // ASCII only: the launcher prints in the platform's encoding, which need not be UTF-8
            assertThat(output()).contains("stopped. Data kept in " + data.toAbsolutePath());
            assertThat(processesOnTheDataFolder()).as("PostgreSQL stopped with the platform").isEmpty();
            assertThat(Ports.isFree(8080) && Ports.isFree(POSTGRES_PORT) && Ports.isFree(KAFKA_PORT)).as("its ports are free again").isTrue();
        }

        private void interrupt() throws Exception {
            // the shell's own kill: no kill program needs to be installed
            new ProcessBuilder("sh", "-c", "kill -INT " + process.pid()).inheritIO().start().waitFor();
        }

        /** This run's processes on the data folder (its PostgreSQL): started with or after it, not before. */
        private List<ProcessHandle> processesOnTheDataFolder() {
            return ProcessHandle.allProcesses()
                    .filter(handle -> handle.info().commandLine()
                            .map(command -> command.contains(data.toString())).orElse(false))
                    .filter(handle -> !handle.info().startInstant().orElse(Instant.MAX).isBefore(started))
                    .toList();
        }

        private String output() {
            try {
                return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String tail() {
            String log = output();
            return log.substring(Math.max(0, log.length() - 6000));
        }

        /** A run a test left: stopped as Ctrl-C would, then killed, and its PostgreSQL with it. */
        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                interrupt();
                if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            processesOnTheDataFolder().forEach(ProcessHandle::destroyForcibly);
            Files.deleteIfExists(output);
        }
    }
}
