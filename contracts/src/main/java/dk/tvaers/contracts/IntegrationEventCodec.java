package dk.tvaers.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Turns integration events into JSON and back, validating both ways against the event's JSON Schema.
 * Encoding a record that breaks its own schema is a programming error ({@link IllegalArgumentException});
 * decoding a message that breaks it is the sender's error ({@link InvalidIntegrationEventException}).
 * Thread-safe; schemas are loaded once.
 */
public final class IntegrationEventCodec {

    private final JsonMapper mapper;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> schemaCache = new ConcurrentHashMap<>();

    public IntegrationEventCodec() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        this.schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                        .schemaIdResolvers(resolvers ->
                                resolvers.mapPrefix(EventCatalog.SCHEMA_BASE_URI, "classpath:schemas/")));
    }

    public String encode(IntegrationEvent<?> event) {
        EventType<?> type = EventCatalog.find(event.type(), event.schemaVersion())
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.type() + " v"
                        + event.schemaVersion()));
        if (!type.payloadClass().isInstance(event.payload())) {
            throw new IllegalArgumentException("payload of " + type.name() + " must be "
                    + type.payloadClass().getSimpleName());
        }
        JsonNode tree = mapper.valueToTree(event);
        List<String> violations = violations(type, tree);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("event " + event.eventId() + " breaks its schema: " + violations);
        }
        return mapper.writeValueAsString(tree);
    }

    public byte[] encodeToBytes(IntegrationEvent<?> event) {
        return encode(event).getBytes(StandardCharsets.UTF_8);
    }

    public IntegrationEvent<?> decode(byte[] json) {
        if (json == null) {
            throw new InvalidIntegrationEventException("empty message", List.of());
        }
        return decode(parsed(() -> mapper.readTree(json)));
    }

    public IntegrationEvent<?> decode(String json) {
        return decode(parsed(() -> mapper.readTree(json)));
    }

    private static JsonNode parsed(Supplier<JsonNode> parse) {
        try {
            return parse.get();
        } catch (JacksonException e) {
            throw new InvalidIntegrationEventException("not valid JSON", e);
        }
    }

    /**
     * Every event type's schema includes the envelope's ({@code allOf}, checked by the contract tests), so a
     * message of a known type is validated once, against its type's schema. The envelope's schema alone is only
     * consulted to say why a message was refused: a broken envelope is reported as such, whatever its type.
     */
    private IntegrationEvent<?> decode(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new InvalidIntegrationEventException("not a JSON object", List.of());
        }
        EventType<?> type = knownType(tree);
        if (type == null) {
            refuseABrokenEnvelope(tree);
            throw new InvalidIntegrationEventException("unknown event type " + tree.get("type").asString() + " v"
                    + tree.get("schemaVersion").asInt(), List.of());
        }
        List<String> violations = violations(type, tree);
        if (!violations.isEmpty()) {
            refuseABrokenEnvelope(tree);
            throw new InvalidIntegrationEventException("invalid " + type.name() + " v" + type.version(), violations);
        }
        return toEvent(type, tree);
    }

    /** The catalog's type the message names, or null when it names none or names it in a malformed way. */
    private static EventType<?> knownType(JsonNode tree) {
        JsonNode name = tree.get("type");
        JsonNode version = tree.get("schemaVersion");
        if (name == null || !name.isString()
                || version == null || !version.isNumber() || !version.canConvertToExactIntegral()
                || !version.canConvertToInt()) {
            return null;
        }
        return EventCatalog.find(name.asString(), version.asInt()).orElse(null);
    }

    private void refuseABrokenEnvelope(JsonNode tree) {
        List<String> envelopeViolations = validate(envelopeSchema(), tree);
        if (!envelopeViolations.isEmpty()) {
            throw new InvalidIntegrationEventException("invalid envelope", envelopeViolations);
        }
    }

    /** Validates a JSON document against an event type's schema without decoding it. */
    public List<String> violations(EventType<?> type, JsonNode tree) {
        return validate(schemaFor(type), tree);
    }

    public JsonMapper mapper() {
        return mapper;
    }

    private <P extends IntegrationPayload> IntegrationEvent<P> toEvent(EventType<P> type, JsonNode tree) {
        try {
            P payload = mapper.treeToValue(tree.get("payload"), type.payloadClass());
            JsonNode producer = tree.get("producer");
            return new IntegrationEvent<>(
                    UUID.fromString(tree.get("eventId").asString()),
                    type.name(),
                    type.version(),
                    Instant.parse(tree.get("occurredAt").asString()),
                    textOrNull(tree, "citizenId") == null ? null : UUID.fromString(tree.get("citizenId").asString()),
                    tree.get("organisation").asString(),
                    new Producer(producer.get("service").asString(), textOrNull(producer, "sector")),
                    textOrNull(tree, "correlationId"),
                    payload);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidIntegrationEventException("cannot read " + type.name() + " v" + type.version(), e);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private Schema envelopeSchema() {
        return schemaCache.computeIfAbsent(EventCatalog.ENVELOPE_SCHEMA_ID,
                id -> schemas.getSchema(SchemaLocation.of(id)));
    }

    private Schema schemaFor(EventType<?> type) {
        return schemaCache.computeIfAbsent(type.schemaId(), id -> schemas.getSchema(SchemaLocation.of(id)));
    }

    private static List<String> validate(Schema schema, JsonNode tree) {
        return schema.validate(tree).stream().map(IntegrationEventCodec::describe).toList();
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
