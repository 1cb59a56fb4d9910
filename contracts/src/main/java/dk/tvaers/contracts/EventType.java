package dk.tvaers.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The published identity of one integration event: its name, schema version, payload class and
 * the topic it travels on. The JSON Schema lives at {@link #schemaPath()} on the classpath.
 *
 * @param name          e.g. {@code case.CaseOpened}: the producing context, a dot, the event name
 * @param version       the schema version; a breaking change gets a new version and a new package
 * @param payloadClass  the record carried as payload
 * @param topic         the Kafka topic the event is published on
 */
public record EventType<P extends IntegrationPayload>(String name, int version, Class<P> payloadClass, String topic) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]*\\.[A-Z][A-Za-z]+");

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payloadClass, "payloadClass");
        Objects.requireNonNull(topic, "topic");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("event type name must look like 'context.EventName': " + name);
        }
        if (version < 1) {
            throw new IllegalArgumentException("schema version must be positive: " + version);
        }
    }

    public static <P extends IntegrationPayload> EventType<P> of(String name, int version, Class<P> payloadClass,
                                                                  String topic) {
        return new EventType<>(name, version, payloadClass, topic);
    }

    /** The producing context, e.g. {@code case} for {@code case.CaseOpened}. */
    public String context() {
        return name.substring(0, name.indexOf('.'));
    }

    /** The event name without its context, e.g. {@code CaseOpened}. */
    public String simpleName() {
        return name.substring(name.indexOf('.') + 1);
    }

    /** Classpath location of the JSON Schema, e.g. {@code schemas/case/v1/CaseOpened.schema.json}. */
    public String schemaPath() {
        return "schemas/" + context() + "/v" + version + "/" + simpleName() + ".schema.json";
    }

    /** The schema's {@code $id}. */
    public String schemaId() {
        return EventCatalog.SCHEMA_BASE_URI + context() + "/v" + version + "/" + simpleName() + ".schema.json";
    }
}
