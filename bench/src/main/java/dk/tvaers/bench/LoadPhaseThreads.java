package dk.tvaers.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The platform's threads during the measured phase ({@link ThreadGroups}): a snapshot at the phase's first response
 * and one shortly before its end, with how many requests went through the gateway in between.
 */
final class LoadPhaseThreads {

    record Window(Map<String, ThreadGroups.Usage> usage, long gatewayRequests, Duration length) {
    }

    private static volatile long pid;
    private static volatile long seconds;
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CompletableFuture<Window> WINDOW = new CompletableFuture<>();

    private LoadPhaseThreads() {
    }

    /** The platform to watch, and how long the measured phase lasts. */
    static void watch(long platformPid, int phaseSeconds) {
        pid = platformPid;
        seconds = phaseSeconds;
    }

    /** A measured response arrived: the first one opens the window, which closes two seconds before the phase ends. */
    static void responded(String request) {
        if (pid == 0 || !SliceSimulation.MEASURED_VIA_GATEWAY.equals(request) || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Map<String, ThreadGroups.Usage> from = ThreadGroups.snapshot(pid);
        long requestsFrom = ResponseTimes.count(request);
        long startedAt = System.nanoTime();
        CompletableFuture.delayedExecutor(Math.max(1, seconds - 2), TimeUnit.SECONDS).execute(() -> {
            try {
                Map<String, ThreadGroups.Usage> to = ThreadGroups.snapshot(pid);
                WINDOW.complete(new Window(ThreadGroups.between(from, to), ResponseTimes.count(request) - requestsFrom,
                        Duration.ofNanos(System.nanoTime() - startedAt)));
            } catch (RuntimeException e) {
                WINDOW.completeExceptionally(e);
            }
        });
    }

    static Optional<Window> window() {
        try {
            return Optional.of(WINDOW.get(5, TimeUnit.SECONDS));
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
