package dk.tvaers.contracts;

/**
 * Kafka topic names: one per producing context. Events are keyed by the citizen's pseudonymous id
 * (or, for events that concern no citizen, by the id of the thing they concern), so one citizen's
 * events stay in order. A consumer's dead letters go to {@code <topic>-dlt}.
 */
public final class Topics {

    public static final String CASE = "tvaers.case.events";
    public static final String PLAN = "tvaers.plan.events";
    public static final String OFFER = "tvaers.offer.events";
    public static final String COORDINATION = "tvaers.coordination.events";

    /** Suffix spring-kafka's dead-letter recoverer appends to the source topic. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
