package dk.tvaers.testsupport;

import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka (KRaft) in a container, for machines with a Docker engine. */
final class ContainerKafkaServer implements KafkaServer {

    private final KafkaContainer container;

    private ContainerKafkaServer(KafkaContainer container) {
        this.container = container;
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' resource reaper when the JVM ends
    static ContainerKafkaServer start() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1")
                .withEnv("KAFKA_NUM_PARTITIONS", "6");
        container.start();
        return new ContainerKafkaServer(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String description() {
        return "Kafka container " + container.getContainerId();
    }
}
