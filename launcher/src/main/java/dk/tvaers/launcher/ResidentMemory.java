package dk.tvaers.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resident memory of the local platform: this JVM plus the PostgreSQL server and its workers, as PSS
 * (proportional set size, so memory the PostgreSQL processes share is counted once). Linux only.
 */
final class ResidentMemory {

    private ResidentMemory() {
    }

    static long platformBytes(Path postgresDataDirectory) {
        long total = pss(ProcessHandle.current().pid());
        for (long pid : postgresPids(postgresDataDirectory)) {
            total += pss(pid);
        }
        return total;
    }

    private static List<Long> postgresPids(Path dataDirectory) {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return List.of();
            }
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(postmaster)
                    .map(handle -> Stream.concat(Stream.of(handle), handle.descendants()).map(ProcessHandle::pid).toList())
                    .orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static long pss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup")).stream()
                    .filter(line -> line.startsWith("Pss:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
