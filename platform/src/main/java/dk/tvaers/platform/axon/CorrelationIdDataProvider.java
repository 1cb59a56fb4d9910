package dk.tvaers.platform.axon;

import dk.tvaers.platform.observability.CorrelationId;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.Map;

/**
 * Carries the request's correlation id from a message into everything it causes: commands sent while
 * handling an HTTP request or a Kafka message pick it up from the logging context, and the events and
 * commands that follow inherit it from the message they were caused by.
 */
class CorrelationIdDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Object fromMessage = message.getMetaData().get(CorrelationId.METADATA_KEY);
        if (fromMessage != null) {
            return Map.of(CorrelationId.METADATA_KEY, fromMessage);
        }
        return CorrelationId.current().<Map<String, ?>>map(id -> Map.of(CorrelationId.METADATA_KEY, id))
                .orElse(Map.of());
    }
}
