package dk.tvaers.platform.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The topics a service publishes to and consumes from. The service creates (if missing) the topics it
 * publishes and the dead-letter topics of those it consumes.
 *
 * @param published  topics this service publishes integration events on
 * @param consumed   topics this service consumes; each gets a {@code <topic>-dlt}
 * @param partitions partitions for topics created here
 * @param replicas   replication factor for topics created here
 */
@ConfigurationProperties("tvaers.kafka")
public record KafkaTopicsProperties(
        @DefaultValue List<String> published,
        @DefaultValue List<String> consumed,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicas) {
}
