package dk.tvaers.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the platform's threads did, by kind, from the kernel's per-thread scheduler statistics
 * ({@code /proc/<pid>/task/<tid>/schedstat}: time on a core, time runnable but waiting for one, time slices): the
 * difference between two snapshots says how long the gateway's event loops ran and waited for a core per request,
 * and who else was running meanwhile. Linux only, like the rest of the benchmark's process figures.
 */
final class ThreadGroups {

    /** A kind of thread, by the start of its name as the kernel keeps it (15 characters at most). */
    private record Kind(String name, Predicate<String> matches) {
    }

    /**
     * Time on a core, time runnable but waiting for one, time slices; and how often the threads gave up their core
     * to wait for something (voluntary) or were made to give it up (involuntary, preempted).
     */
    record Usage(long runNanos, long waitNanos, long slices, long voluntary, long involuntary) {

        static final Usage NONE = new Usage(0, 0, 0, 0, 0);

        Usage plus(Usage other) {
            return new Usage(runNanos + other.runNanos, waitNanos + other.waitNanos, slices + other.slices,
                    voluntary + other.voluntary, involuntary + other.involuntary);
        }

        Usage minus(Usage other) {
            return new Usage(runNanos - other.runNanos, waitNanos - other.waitNanos, slices - other.slices,
                    voluntary - other.voluntary, involuntary - other.involuntary);
        }
    }

    static final String GATEWAY = "gateway event loops";
    static final String CASE_SERVICE = "case-service Tomcat";

    private static final List<Kind> KINDS = List.of(
            new Kind(GATEWAY, name -> name.startsWith("reactor-http-")),
            new Kind(CASE_SERVICE, name -> name.startsWith("http-nio-8081-")),
            new Kind("other Tomcats", name -> name.startsWith("http-nio-")),
            new Kind("tracking processors", name -> name.startsWith("EventProcessor[")),
            new Kind("EmbeddedEventStore", name -> name.startsWith("EmbeddedEventSt")),
            new Kind("Kafka listeners", name -> Stream.of("case-service", "plan-service", "offer-service",
                    "coordination-se", "insight-service").anyMatch(name::startsWith)),
            // before the broker's "kafka-" threads
            new Kind("Kafka producers", name -> name.startsWith("kafka-producer")),
            new Kind("Kafka broker", name -> Stream.of("data-plane-kafk", "kafka-", "broker-", "controller-",
                    "group-coordinat", "quorum-", "raft-", "ExpirationReape", "executor-", "share-", "transaction-",
                    "persister-").anyMatch(name::startsWith)),
            new Kind("JIT", name -> name.contains("CompilerThre")),
            new Kind("GC", name -> name.startsWith("GC Thread") || name.startsWith("G1 ")),
            new Kind("other", name -> true));

    private ThreadGroups() {
    }

    /** Each kind's totals so far; threads that ended since are not counted. */
    static Map<String, Usage> snapshot(long pid) {
        Map<String, Usage> usage = new LinkedHashMap<>();
        KINDS.forEach(kind -> usage.put(kind.name(), Usage.NONE));
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String[] stat = Files.readString(task.resolve("schedstat")).strip().split(" ");
                    long voluntary = 0;
                    long involuntary = 0;
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")) {
                            voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                            involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        }
                    }
                    Usage thread = new Usage(Long.parseLong(stat[0]), Long.parseLong(stat[1]), Long.parseLong(stat[2]),
                            voluntary, involuntary);
                    String kind = KINDS.stream().filter(k -> k.matches().test(name)).findFirst().orElseThrow().name();
                    usage.merge(kind, thread, Usage::plus);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while it was read
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the threads of process " + pid, e);
        }
        return usage;
    }

    static Map<String, Usage> between(Map<String, Usage> from, Map<String, Usage> to) {
        Map<String, Usage> difference = new LinkedHashMap<>();
        to.forEach((kind, usage) -> difference.put(kind, usage.minus(from.getOrDefault(kind, Usage.NONE))));
        return difference;
    }
}
