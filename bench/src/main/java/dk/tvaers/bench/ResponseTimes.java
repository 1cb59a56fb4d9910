package dk.tvaers.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times per request name, as Gatling measured them (whole milliseconds), with first and last
 * completion, kept in this JVM for the benchmark's report: Gatling's HTML report has no machine-readable
 * per-request percentiles.
 */
final class ResponseTimes {

    record Summary(long count, long failed, double p50, double p99, double mean, double perSecond) {
    }

    private static final Map<String, ConcurrentHistogram> TIMES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> FAILED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> FIRST = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> LAST = new ConcurrentHashMap<>();

    private ResponseTimes() {
    }

    static void record(String request, long millis, boolean ok) {
        if (!ok) {
            FAILED.computeIfAbsent(request, r -> new AtomicLong()).incrementAndGet();
            return;
        }
        TIMES.computeIfAbsent(request, r -> new ConcurrentHistogram(3)).recordValue(millis);
        long now = System.currentTimeMillis();
        FIRST.computeIfAbsent(request, r -> new AtomicLong(now));
        LAST.computeIfAbsent(request, r -> new AtomicLong()).accumulateAndGet(now, Math::max);
        LoadPhaseThreads.responded(request);
    }

    /** Successful responses so far. */
    static long count(String request) {
        Histogram times = TIMES.get(request);
        return times == null ? 0 : times.getTotalCount();
    }

    static Summary summary(String request) {
        Histogram times = TIMES.get(request);
        if (times == null) {
            throw new IllegalStateException("no successful " + request);
        }
        double seconds = Math.max(1, LAST.get(request).get() - FIRST.get(request).get()) / 1000.0;
        long failed = FAILED.getOrDefault(request, new AtomicLong()).get();
        return new Summary(times.getTotalCount(), failed, times.getValueAtPercentile(50),
                times.getValueAtPercentile(99), times.getMean(), times.getTotalCount() / seconds);
    }
}
