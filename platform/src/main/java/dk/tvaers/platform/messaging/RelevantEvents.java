package dk.tvaers.platform.messaging;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The integration events a consumer acts on. A topic carries many types and most consumers want a few of
 * them (a case opening puts a {@code CaseOpened} and a {@code CaseloadChanged} on the case topic; the access
 * directory of every service wants only the first), so a record whose {@value IntegrationEventPublisher#TYPE_HEADER}
 * header names a type this consumer does not act on is passed over without being parsed and validated: decoding
 * is the largest single cost of a consumer. A record without the header (a producer outside Tværs) is always
 * decoded; a record whose header names a relevant type is decoded and validated in full, so what a consumer acts
 * on, and what it dead-letters, is unchanged. A record it passes over is not its business: it neither applies
 * nor dead-letters it, as it would not have after decoding it.
 */
public final class RelevantEvents implements Predicate<IntegrationEvent<?>> {

    private static final RelevantEvents ALL = new RelevantEvents(List.of(), event -> true);

    /** Empty for every event. */
    private final List<EventType<?>> types;
    private final Set<String> names;
    private final Predicate<IntegrationEvent<?>> condition;

    private RelevantEvents(List<EventType<?>> types, Predicate<IntegrationEvent<?>> condition) {
        this.types = types;
        this.names = types.stream().map(EventType::name).collect(Collectors.toUnmodifiableSet());
        this.condition = condition;
    }

    /** Every event on the consumer's topics. */
    public static RelevantEvents all() {
        return ALL;
    }

    /** Only events of these types (name and schema version). */
    public static RelevantEvents of(EventType<?>... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("name at least one event type, or use all()");
        }
        return new RelevantEvents(List.of(types), event -> true);
    }

    /** Of these events, only those that also meet {@code condition} (judged after decoding). */
    public RelevantEvents where(Predicate<IntegrationEvent<?>> condition) {
        return new RelevantEvents(types, this.condition.and(condition));
    }

    /** Whether the decoded event is one the consumer acts on. */
    @Override
    public boolean test(IntegrationEvent<?> event) {
        return (types.isEmpty() || types.stream().anyMatch(event::is)) && condition.test(event);
    }

    /**
     * Whether the record may hold a relevant event and so must be decoded: {@code false} only if its type header
     * names a type this consumer does not act on.
     */
    public boolean mayConcern(ConsumerRecord<?, ?> record) {
        if (types.isEmpty()) {
            return true;
        }
        Header type = record.headers().lastHeader(IntegrationEventPublisher.TYPE_HEADER);
        return type == null || type.value() == null
                || names.contains(new String(type.value(), StandardCharsets.UTF_8));
    }
}
