package dk.tvaers.bench;

import io.gatling.app.Gatling$;

import java.io.IOException;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The foundation benchmark, one run, all figures:
 * <ol>
 *   <li>starts the local platform ({@code launcher/target/tvaers-local.jar}) on a fresh data folder and
 *       reads its ready time and resident memory;</li>
 *   <li>drives the vertical slice at a fixed arrival rate with Gatling (open model), through the
 *       gateway and then straight at case-service;</li>
 *   <li>measures "case opened -> visible in coordination-service" from the databases: the event's time
 *       stamp in case-service against the moment coordination-service's projection wrote the row;</li>
 *   <li>measures event appends per second, Axon against raw JDBC, on the same PostgreSQL while the platform is
 *       idle (before the load, so neither side competes with the platform's backlog);</li>
 *   <li>prints the figures against the targets and keeps them in {@code bench/results/}.</li>
 * </ol>
 * Run from the repository root after {@code ./mvnw -q install -DskipTests}:
 * {@code ./mvnw -q -pl bench exec:exec}. Nothing else may use ports 8080-8084 meanwhile.
 */
public final class SliceBenchmark {

    private static final Pattern READY = Pattern.compile("ready in ([0-9.]+) s \\(resident memory (\\d+) MB\\)");
    private static final int PG_PORT = 15442;
    private static final int KAFKA_PORT = 19102;

    private SliceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        if (!Files.exists(root.resolve("launcher/target/tvaers-local.jar")) && root.endsWith("bench")) {
            root = root.getParent();
        }
        Path jar = root.resolve("launcher/target/tvaers-local.jar");
        Path results = Files.createDirectories(root.resolve("bench/results"));
        Path data = Files.createTempDirectory("tvaers-bench-");
        int rate = Integer.getInteger("bench.rate", 100);
        int seconds = Integer.getInteger("bench.seconds", 60);
        System.setProperty("bench.rate", Integer.toString(rate));
        System.setProperty("bench.seconds", Integer.toString(seconds));

        List<String> report = new ArrayList<>();
        report.add("Tværs foundation benchmark, " + LocalDateTime.now().withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, platform and load on one host");

        Path launcherLog = results.resolve("launcher.log");
        Process platform = startPlatform(jar, data, launcherLog);
        try {
            Matcher ready = awaitReady(platform, launcherLog, Duration.ofSeconds(180));
            report.add(String.format("Platform ready in %s s, resident memory %s MB at ready (targets: <= 60 s, < 3072 MB)",
                    ready.group(1), ready.group(2)));

            // on the platform's PostgreSQL while the platform is idle, before the load: both sides see the same machine
            createDatabase("bench_append");
            AppendBenchmark appends = new AppendBenchmark(url("bench_append"), "postgres", "");
            try {
                for (int threads : new int[]{1, 4}) {
                    AppendBenchmark.Result result = appends.run(5000, threads);
                    report.add(String.format("Event appends, one per transaction, %d thread%s: Axon %.0f/s, raw JDBC %.0f/s,"
                                    + " Axon/JDBC %.2f (target >= 0.5)", threads, threads == 1 ? "" : "s",
                            result.axonPerSecond(), result.jdbcPerSecond(), result.ratio()));
                }
            } finally {
                appends.close();
            }
            int warmUp = Integer.getInteger("bench.warmup", 120);
            int arrivals = (int) Math.ceil(rate / 2.0 * warmUp) + (int) Math.ceil(rate / 2.0 * (warmUp / 2))
                    + rate * seconds + 100;
            Instant registering = Instant.now();
            Citizens.register(System.getProperty("bench.direct", "http://localhost:8081"),
                    SectorSystemToken.fetch(System.getProperty("bench.issuer", "http://localhost:9000"),
                            "jobcenter-system"), arrivals, 4);
            report.add(String.format("Registered %d citizens first (not measured) in %d s", arrivals,
                    Duration.between(registering, Instant.now()).toSeconds()));

            Path postgresData = data.resolve("postgres");
            settle(platform.pid(), postgresData);
            long[] idleFrom = cpuMillis(platform.pid(), postgresData);
            Map<String, Long> idleTransactionsFrom = transactions();
            Thread.sleep(10_000);
            long[] idleTo = cpuMillis(platform.pid(), postgresData);
            Map<String, Long> idleTransactionsTo = transactions();
            double idleJvm = (idleTo[0] - idleFrom[0]) / 10_000.0;
            double idlePostgres = (idleTo[1] - idleFrom[1]) / 10_000.0;
            Map<String, Double> idleTransactionsPerMilli = new HashMap<>();
            idleTransactionsTo.forEach((database, count) -> idleTransactionsPerMilli.put(database,
                    (count - idleTransactionsFrom.getOrDefault(database, 0L)) / 10_000.0));
            report.add(String.format("Idle platform: JVM %.0f %% of a core, PostgreSQL %.0f %%", 100 * idleJvm,
                    100 * idlePostgres));
            report.add(quietGateway("before the load, the JIT still cold", platform.pid()));
            // the gateway's thousands of requests leave audit and metrics work behind: let it finish first
            settle(platform.pid(), postgresData);
            long[] cpuBefore = cpuMillis(platform.pid(), postgresData);
            Map<String, Long> transactionsBefore = transactions();
            Instant loadFrom = Instant.now();
            LoadPhaseThreads.watch(platform.pid(), seconds);
            int gatling = Gatling$.MODULE$.fromArgs(new String[]{
                    "--simulation", SliceSimulation.class.getName(),
                    "--results-folder", results.resolve("gatling").toString()});
            if (gatling != 0) {
                throw new IllegalStateException("Gatling ended with status " + gatling);
            }
            ResponseTimes.Summary viaGateway = ResponseTimes.summary(SliceSimulation.MEASURED_VIA_GATEWAY);
            ResponseTimes.Summary direct = ResponseTimes.summary(SliceSimulation.MEASURED_DIRECT);
            report.add(String.format("Open model: %d case openings/s for %d s, half through the gateway and half"
                    + " straight at case-service, at the same time, after %d s of warm-up (the JIT compiles six"
                    + " services' code in one JVM; a short warm-up measures that too)", rate, seconds,
                    warmUp + warmUp / 2));
            report.add(String.format("  throughput: %.1f req/s through the gateway + %.1f req/s direct (%d and %d OK,"
                            + " %d failed)", viaGateway.perSecond(), direct.perSecond(), viaGateway.count(),
                    direct.count(), viaGateway.failed() + direct.failed()));
            report.add(String.format("  open case via gateway: p50 %.0f ms, p99 %.0f ms, mean %.2f ms",
                    viaGateway.p50(), viaGateway.p99(), viaGateway.mean()));
            report.add(String.format("  open case direct:      p50 %.0f ms, p99 %.0f ms, mean %.2f ms (%d OK, %d failed)",
                    direct.p50(), direct.p99(), direct.mean(), direct.count(), direct.failed()));
            report.add(String.format("  the gateway adds %.0f ms to p50 and %.2f ms to the mean (target <= 2 ms at p50;"
                    + " Gatling measures whole ms)", viaGateway.p50() - direct.p50(), viaGateway.mean() - direct.mean()));
            LoadPhaseThreads.window().ifPresentOrElse(window -> report.addAll(threadReport(window)),
                    () -> report.add("  (the platform's threads during the measured phase could not be read)"));

            List<Double> propagation = propagationMillis(SliceSimulation.GATEWAY_PHASE, Duration.ofSeconds(60));
            report.add(String.format("  case opened -> visible in coordination-service: p50 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms over %d cases (target p99 <= 250 ms)",
                    percentile(propagation, 50), percentile(propagation, 99), percentile(propagation, 100),
                    propagation.size()));
            propagationMillis(SliceSimulation.DIRECT_PHASE, Duration.ofSeconds(60));
            long[] cpuAfter = cpuMillis(platform.pid(), postgresData);
            Map<String, Long> transactionsAfter = transactions();
            double loadMillis = Duration.between(loadFrom, Instant.now()).toMillis();
            long opened = countCases();
            report.add(String.format("CPU per case opening above idle (warm-up and both phases, %d cases, until all are"
                            + " visible downstream): platform JVM %.1f ms, PostgreSQL %.1f ms", opened,
                    (cpuAfter[0] - cpuBefore[0] - idleJvm * loadMillis) / opened,
                    (cpuAfter[1] - cpuBefore[1] - idlePostgres * loadMillis) / opened));
            report.add(transactionsPerOpening(transactionsBefore, transactionsAfter, idleTransactionsPerMilli,
                    loadMillis, opened));
            report.add(String.format("Resident memory after the load: %d MB",
                    residentBytes(platform.pid(), data.resolve("postgres")) >> 20));
            settle(platform.pid(), postgresData);
            report.add(quietGateway("after the load, the JIT warm", platform.pid()));

        } finally {
            platform.destroy();
            platform.waitFor(60, TimeUnit.SECONDS);
            deleteRecursively(data);
        }

        String text = String.join(System.lineSeparator(), report);
        Path summary = results.resolve("summary-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(LocalDateTime.now()) + ".txt");
        Files.writeString(summary, text + System.lineSeparator());
        System.out.println();
        System.out.println(text);
        System.out.println("(kept in " + summary + ")");
        System.exit(0);
    }

    /**
     * Who ran and who waited for a core during the measured phase, by kind of thread, and the gateway's event loops
     * per request through the gateway: the part of what the gateway adds that is its own work, and the part that is
     * waiting behind the rest of the platform.
     */
    private static List<String> threadReport(LoadPhaseThreads.Window window) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("  the platform's threads in %.1f s of the measured phase (%d requests through the"
                + " gateway): CPU / waiting for a core / time slices", window.length().toMillis() / 1000.0,
                window.gatewayRequests()));
        window.usage().entrySet().stream()
                .sorted(Map.Entry.<String, ThreadGroups.Usage>comparingByValue(
                        Comparator.comparingLong(ThreadGroups.Usage::runNanos)).reversed())
                .forEach(kind -> lines.add(String.format("    %-22s %6.2f s %7.2f s %8d", kind.getKey(),
                        kind.getValue().runNanos() / 1e9, kind.getValue().waitNanos() / 1e9,
                        kind.getValue().slices())));
        ThreadGroups.Usage loops = window.usage().get(ThreadGroups.GATEWAY);
        long requests = Math.max(1, window.gatewayRequests());
        lines.add(String.format("  per request through the gateway, its event loops ran %.2f ms and waited %.2f ms"
                        + " for a core, over %.1f time slices; they gave up their core %.1f times to wait for work"
                        + " and were preempted %.1f times", loops.runNanos() / 1e6 / requests,
                loops.waitNanos() / 1e6 / requests, (double) loops.slices() / requests,
                (double) loops.voluntary() / requests, (double) loops.involuntary() / requests));
        return lines;
    }

    /** The gateway's own cost on a quiet platform; see {@link GatewayOverhead}. */
    private static String quietGateway(String when, long platformPid) throws IOException, InterruptedException {
        GatewayOverhead.Result hop = new GatewayOverhead(System.getProperty("bench.gateway", "http://localhost:8080"),
                System.getProperty("bench.direct", "http://localhost:8081"),
                SectorSystemToken.fetch(System.getProperty("bench.issuer", "http://localhost:9000"),
                        "jobcenter-system"), platformPid).run(2000, 1000);
        return String.format("Gateway on a quiet platform, %s, one request at a time on a kept-alive connection"
                        + " (%d reads of the teams each way, interleaved): via gateway p50 %.2f ms, p99 %.2f ms;"
                        + " direct p50 %.2f ms, p99 %.2f ms; the gateway adds %.2f ms to p50; CPU per request:"
                        + " the gateway's event loops %.2f ms, case-service's Tomcat %.2f ms", when,
                hop.measured(), hop.gatewayP50(), hop.gatewayP99(), hop.directP50(), hop.directP99(),
                hop.addedAtP50(), hop.gatewayCpu(), hop.serviceCpu());
    }

    private static Process startPlatform(Path jar, Path data, Path log) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -q install -DskipTests first");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        // e.g. -Dbench.platform.jvm="-XX:StartFlightRecording=filename=bench/results/platform.jfr" to profile
        String jvmOptions = System.getProperty("bench.platform.jvm", "").strip();
        if (!jvmOptions.isEmpty()) {
            command.addAll(List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("TVAERS_DATA", data.toString());
        builder.environment().put("TVAERS_PG_PORT", Integer.toString(PG_PORT));
        builder.environment().put("TVAERS_KAFKA_PORT", Integer.toString(KAFKA_PORT));
        return builder.start();
    }

    private static Matcher awaitReady(Process platform, Path log, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!platform.isAlive()) {
                throw new IllegalStateException("the platform stopped; see " + log);
            }
            if (Files.exists(log)) {
                Matcher matcher = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (matcher.find()) {
                    return matcher;
                }
            }
            pause();
        }
        throw new IllegalStateException("the platform was not ready within " + timeout);
    }

    /** Half a second between polls of the log or the read model. */
    private static void pause() {
        CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS)).join();
    }

    /** Waits until every case of the phase is visible downstream, then returns each case's latency. */
    private static List<Double> propagationMillis(String phase, Duration timeout) throws Exception {
        Map<String, Instant> opened = new HashMap<>();
        try (Connection cases = DriverManager.getConnection(url("tvaers_case"), "postgres", "");
             Statement query = cases.createStatement();
             ResultSet rows = query.executeQuery("""
                     SELECT e.time_stamp, s.case_id::text FROM domain_event_entry e
                     JOIN case_summary s ON s.case_id::text = e.aggregate_identifier
                     WHERE s.legal_basis = '""" + phase + "'")) {
            while (rows.next()) {
                opened.put(rows.getString(2), Instant.parse(rows.getString(1)));
            }
        }
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Map<String, Instant> visible = new HashMap<>();
            try (Connection coordination = DriverManager.getConnection(url("tvaers_coordination"), "postgres", "");
                 Statement query = coordination.createStatement();
                 ResultSet rows = query.executeQuery("SELECT case_id::text, projected_at FROM involved_sector")) {
                while (rows.next()) {
                    visible.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
            if (visible.keySet().containsAll(opened.keySet()) || Instant.now().isAfter(deadline)) {
                List<Double> latencies = new ArrayList<>();
                opened.forEach((caseId, at) -> {
                    Instant seen = visible.get(caseId);
                    latencies.add(seen == null ? Double.POSITIVE_INFINITY
                            : Duration.between(at, seen).toNanos() / 1e6);
                });
                latencies.sort(Comparator.naturalOrder());
                return latencies;
            }
            pause();
        }
    }

    private static double percentile(List<Double> sorted, double percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long residentBytes(long launcherPid, Path postgresData) {
        long total = pss(launcherPid);
        try {
            long postmaster = Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).trim());
            total += ProcessHandle.of(postmaster).map(handle -> Stream.concat(Stream.of(handle), handle.descendants())
                    .mapToLong(p -> pss(p.pid())).sum()).orElse(0L);
        } catch (IOException | RuntimeException e) {
            // PostgreSQL's share unknown: the JVM's figure stands alone
        }
        return total;
    }

    /**
     * Waits (at most two minutes) until the platform has worked off what was sent before: the JVM's CPU over five
     * seconds stops falling, so an idle or per-request figure is not charged with an earlier backlog. The sleep is
     * the measuring window.
     */
    private static void settle(long launcherPid, Path postgresData) throws InterruptedException {
        double previous = Double.MAX_VALUE;
        for (int window = 0; window < 24; window++) {
            long from = cpuMillis(launcherPid, postgresData)[0];
            Thread.sleep(5_000);
            double share = (cpuMillis(launcherPid, postgresData)[0] - from) / 5_000.0;
            if (share > previous * 0.9 || share < 0.2) {
                return;
            }
            previous = share;
        }
    }

    /** CPU time (user and system) so far of the platform's JVM and of PostgreSQL's processes, in ms. */
    private static long[] cpuMillis(long launcherPid, Path postgresData) {
        long jvm = cpuOf(launcherPid);
        long postgres = 0;
        try {
            long postmaster = Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).trim());
            postgres = ProcessHandle.of(postmaster).map(handle -> Stream.concat(Stream.of(handle), handle.descendants())
                    .mapToLong(p -> cpuOf(p.pid())).sum()).orElse(0L);
        } catch (IOException | RuntimeException e) {
            // PostgreSQL's share unknown
        }
        return new long[]{jvm, postgres};
    }

    /** utime + stime of /proc/pid/stat, in ms (clock ticks of 10 ms). Exited backends are not counted. */
    private static long cpuOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * What each service's database committed (or rolled back) per case opening above what it does idle, in the same
     * window as the CPU figure: each transaction is one step of an opening's way through the platform (the command,
     * the audit entry, a projection or policy handling the event, a consumer's inbox, an access directory...).
     */
    private static String transactionsPerOpening(Map<String, Long> from, Map<String, Long> to,
                                                 Map<String, Double> idlePerMilli, double loadMillis, long opened) {
        StringBuilder perDatabase = new StringBuilder();
        double total = 0;
        for (String database : to.keySet().stream().sorted().toList()) {
            double perOpening = (to.get(database) - from.getOrDefault(database, 0L)
                    - idlePerMilli.getOrDefault(database, 0.0) * loadMillis) / opened;
            total += perOpening;
            perDatabase.append(perDatabase.isEmpty() ? "" : ", ")
                    .append(database.replace("tvaers_", "")).append(String.format(" %.1f", perOpening));
        }
        return String.format("PostgreSQL transactions per case opening above idle (same window): %.1f (%s)", total,
                perDatabase);
    }

    /** Transactions committed and rolled back so far in each service's database. */
    private static Map<String, Long> transactions() throws SQLException {
        Map<String, Long> transactions = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT datname, xact_commit + xact_rollback FROM pg_stat_database"
                     + " WHERE datname LIKE 'tvaers\\_%'")) {
            while (rows.next()) {
                transactions.put(rows.getString(1), rows.getLong(2));
            }
        }
        return transactions;
    }

    private static long countCases() throws SQLException {
        try (Connection cases = DriverManager.getConnection(url("tvaers_case"), "postgres", "");
             Statement query = cases.createStatement();
             ResultSet rows = query.executeQuery("SELECT count(*) FROM case_summary WHERE legal_basis LIKE 'bench-%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long pss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup")).stream()
                    .filter(line -> line.startsWith("Pss:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + PG_PORT + "/" + database;
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
