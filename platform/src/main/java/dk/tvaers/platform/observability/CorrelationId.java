package dk.tvaers.platform.observability;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that follows one piece of work across the gateway, the services, Kafka and the logs. It is
 * the {@code X-Correlation-Id} header on HTTP, {@code correlationId} in Axon metadata, the envelope's
 * {@code correlationId} on Kafka, and {@code correlationId} in every log line (MDC).
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String METADATA_KEY = "correlationId";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private CorrelationId() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** Accepts a caller's id only if it is short and harmless in a log line; otherwise makes a new one. */
    public static String acceptOrCreate(String candidate) {
        if (candidate != null && SAFE.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Runs work with the given id in the logging context, restoring what was there before. */
    public static void runWith(String correlationId, Runnable work) {
        String previous = MDC.get(MDC_KEY);
        if (correlationId != null) {
            MDC.put(MDC_KEY, correlationId);
        }
        try {
            work.run();
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }
}
