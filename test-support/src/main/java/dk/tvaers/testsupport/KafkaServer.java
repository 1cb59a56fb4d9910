package dk.tvaers.testsupport;

/** A running Kafka broker (KRaft). */
public interface KafkaServer {

    String bootstrapServers();

    String description();
}
