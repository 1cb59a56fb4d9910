package dk.tvaers.coordination.sectorevents;

import dk.tvaers.contracts.EventCatalog;
import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.sectors.v1.SectorTopics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document the sector systems' developers read agrees with the contract the platform enforces:
 * every sector topic is a channel, every sector event is a message on its own topic's channel with its JSON
 * Schema, and every example is a valid message.
 */
@SuppressWarnings("unchecked")
class SectorSystemsAsyncApiTest {

    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Test
    void everySectorTopicIsAChannelWithItsDeadLetterTopic() {
        Map<String, Object> channels = (Map<String, Object>) document().get("channels");
        List<String> addresses = channels.values().stream()
                .map(channel -> (String) ((Map<String, Object>) channel).get("address")).toList();

        assertThat(addresses).containsAll(SectorTopics.ALL);
        SectorTopics.ALL.forEach(topic -> assertThat(addresses).contains(topic + "-dlt"));
    }

    @Test
    void everySectorEventIsAMessageOnItsTopicWithItsSchemaAndAValidExample() {
        Map<String, Object> document = document();
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("messages");
        Map<String, String> topicOfMessage = ((Map<String, Object>) document.get("channels")).values().stream()
                .map(channel -> (Map<String, Object>) channel)
                .filter(channel -> SectorTopics.ALL.contains((String) channel.get("address")))
                .flatMap(channel -> ((Map<String, Object>) channel.get("messages")).keySet().stream()
                        .map(message -> Map.entry(message, (String) channel.get("address"))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<EventType<?>> sectorEvents = EventCatalog.all().stream()
                .filter(type -> type.context().equals("sectors")).toList();

        assertThat(sectorEvents).hasSize(10);
        for (EventType<?> type : sectorEvents) {
            Map<String, Object> message = (Map<String, Object>) messages.get(type.simpleName());
            assertThat(message).as(type.name()).isNotNull().containsEntry("name", type.name());
            assertThat(topicOfMessage).as(type.name()).containsEntry(type.simpleName(), type.topic());
            Map<String, Object> payload = (Map<String, Object>) message.get("payload");
            assertThat((Map<String, Object>) payload.get("schema"))
                    .containsEntry("$ref", "v1/" + type.simpleName() + ".schema.json");
            for (Object example : (List<Object>) message.get("examples")) {
                Object sample = ((Map<String, Object>) example).get("payload");
                String json = codec.mapper().writeValueAsString(sample);
                assertThat(codec.decode(json).is(type)).as(type.name()).isTrue();
            }
        }
    }

    @Test
    void everyReferenceOfTheDocumentAndOfTheSchemasItNamesResolves() {
        DocumentReferences.Result followed = DocumentReferences.follow(URI.create("file:///schemas/sectors/asyncapi.yaml"),
                uri -> classpathText(uri.getPath().substring(1)));

        assertThat(followed.unresolved()).isEmpty();
        assertThat(followed.files().keySet()).extracting(URI::getPath)
                .as("the document, every sector event's schema and the envelope")
                .hasSize(1 + 10 + 1).contains("/schemas/envelope.schema.json");
    }

    @Test
    void everyOperationReceivesFromASectorTopicChannel() {
        Map<String, Object> document = document();
        Map<String, Object> operations = (Map<String, Object>) document.get("operations");
        List<String> received = operations.values().stream()
                .map(operation -> (Map<String, Object>) operation)
                .peek(operation -> assertThat(operation).containsEntry("action", "receive"))
                .map(operation -> (String) ((Map<String, Object>) operation.get("channel")).get("$ref"))
                .map(ref -> (String) ((Map<String, Object>) DocumentReferences.pointer(document, ref.substring(1))
                        .orElseThrow()).get("address"))
                .toList();

        assertThat(received).containsExactlyInAnyOrderElementsOf(SectorTopics.ALL);
    }

    private static java.util.Optional<String> classpathText(String path) {
        try (InputStream in = SectorSystemsAsyncApiTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> document() {
        try (InputStream in = SectorSystemsAsyncApiTest.class.getClassLoader()
                .getResourceAsStream("schemas/sectors/asyncapi.yaml")) {
            assertThat(in).as("the AsyncAPI document in contracts").isNotNull();
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
