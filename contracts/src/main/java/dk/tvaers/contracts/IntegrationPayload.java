package dk.tvaers.contracts;

/**
 * Marker for the payload of an integration event. Every implementation is a plain record with a
 * {@code public static final EventType<...> TYPE} naming its type, schema version and topic.
 */
public interface IntegrationPayload {
}
