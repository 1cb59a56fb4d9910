package dk.tvaers.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every event in the catalog has a schema and a golden sample, and the record, the schema and the
 * sample agree both ways: the sample decodes into the record and the record encodes back to the sample.
 */
class GoldenSampleContractTest {

    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    static List<EventType<?>> catalog() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void goldenSampleIsValidAgainstItsSchema(EventType<?> type) {
        JsonNode golden = golden(type);
        assertThat(codec.violations(type, golden)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void goldenSampleDecodesToTheRecordAndEncodesBackUnchanged(EventType<?> type) {
        String json = goldenText(type);

        IntegrationEvent<?> event = codec.decode(json);

        assertThat(event.type()).isEqualTo(type.name());
        assertThat(event.schemaVersion()).isEqualTo(type.version());
        assertThat(event.payload()).isInstanceOf(type.payloadClass());
        JsonNode reencoded = codec.mapper().readTree(codec.encode(event));
        assertThat(reencoded).isEqualTo(golden(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void payloadRejectsUnknownFields(EventType<?> type) {
        ObjectNode tampered = (ObjectNode) golden(type);
        ((ObjectNode) tampered.get("payload")).put("cpr", "0101901234");

        assertThatThrownBy(() -> codec.decode(tampered.toString()))
                .isInstanceOf(InvalidIntegrationEventException.class)
                .hasMessageStartingWith("invalid " + type.name() + " v" + type.version())
                .hasMessageContaining("cpr");
    }

    /** What lets the codec validate a message of a known type once, against its type's schema alone. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void typeSchemaIncludesTheEnvelope(EventType<?> type) throws IOException {
        String path = type.schemaId().substring(EventCatalog.SCHEMA_BASE_URI.length());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/" + path)) {
            assertThat(in).as("schema %s", path).isNotNull();
            JsonNode schema = codec.mapper().readTree(in);
            assertThat(schema.get("allOf")).as("allOf of %s", path).isNotNull();
            assertThat(schema.get("allOf").valueStream().map(part -> part.path("$ref").asString()))
                    .contains("../../envelope.schema.json");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void envelopeRejectsAMissingEventId(EventType<?> type) {
        ObjectNode tampered = (ObjectNode) golden(type);
        tampered.remove("eventId");

        assertThatThrownBy(() -> codec.decode(tampered.toString()))
                .isInstanceOf(InvalidIntegrationEventException.class)
                .hasMessageStartingWith("invalid envelope")
                .hasMessageContaining("eventId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void bytesDecodeAsTheirText(EventType<?> type) {
        String json = goldenText(type);

        assertThat(codec.decode(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(codec.decode(json));
    }

    @Test
    void aSchemaVersionGivenAsTextIsAnInvalidEnvelope() {
        ObjectNode tampered = (ObjectNode) golden(EventCatalog.all().get(0));
        tampered.put("schemaVersion", "1");

        assertThatThrownBy(() -> codec.decode(tampered.toString()))
                .isInstanceOf(InvalidIntegrationEventException.class)
                .hasMessageStartingWith("invalid envelope")
                .hasMessageContaining("schemaVersion");
    }

    @Test
    void aSchemaVersionWrittenAsAWholeDecimalIsThatVersion() {
        EventType<?> type = EventCatalog.all().get(0);
        ObjectNode sample = (ObjectNode) golden(type);
        sample.put("schemaVersion", (double) type.version());

        assertThat(codec.decode(sample.toString()).schemaVersion()).isEqualTo(type.version());
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> codec.decode("{not json"))
                .isInstanceOf(InvalidIntegrationEventException.class)
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> codec.decode("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidIntegrationEventException.class)
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void rejectsAnUnknownEventType() {
        ObjectNode tampered = (ObjectNode) golden(EventCatalog.all().get(0));
        tampered.put("type", "case.CaseTeleported");

        assertThatThrownBy(() -> codec.decode(tampered.toString()))
                .isInstanceOf(InvalidIntegrationEventException.class)
                .hasMessageContaining("unknown event type case.CaseTeleported v1");
    }

    @Test
    void rejectsAMalformedDateNamingTheField() {
        ObjectNode tampered = (ObjectNode) golden(EventCatalog.all().get(0));
        tampered.put("occurredAt", "yesterday");

        assertThatThrownBy(() -> codec.decode(tampered.toString()))
                .isInstanceOf(InvalidIntegrationEventException.class)
                .hasMessageContaining("occurredAt");
    }

    @Test
    void encodingARecordThatBreaksItsSchemaIsAProgrammingError() {
        IntegrationEvent<?> golden = codec.decode(goldenText(EventCatalog.all().get(0)));
        IntegrationEvent<?> broken = new IntegrationEvent<>(golden.eventId(), golden.type(), golden.schemaVersion(),
                golden.occurredAt(), golden.citizenId(), "Not An Organisation", golden.producer(),
                golden.correlationId(), golden.payload());

        assertThatThrownBy(() -> codec.encode(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation");
    }

    private JsonNode golden(EventType<?> type) {
        return codec.mapper().readTree(goldenText(type));
    }

    private static String goldenText(EventType<?> type) {
        String path = "golden/" + type.context() + "/v" + type.version() + "/" + type.simpleName() + ".json";
        try (InputStream in = GoldenSampleContractTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("golden sample %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
