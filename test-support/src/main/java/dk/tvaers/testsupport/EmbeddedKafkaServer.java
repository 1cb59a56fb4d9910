package dk.tvaers.testsupport;

import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A single-node KRaft broker inside the test JVM (spring-kafka-test). */
final class EmbeddedKafkaServer implements KafkaServer {

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaServer(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    static EmbeddedKafkaServer start() {
        // six partitions per topic, as the services create theirs: a topic auto-created first by a client
        // must not grow later, or a citizen's events would change partition
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(broker), "embedded-kafka-stop"));
        return new EmbeddedKafkaServer(broker);
    }

    /**
     * JVM shutdown hooks run at once, so the broker goes while test contexts are still closing their
     * clients: what both sides say about that is noise, not a finding.
     */
    private static void stop(EmbeddedKafkaKraftBroker broker) {
        for (String name : new String[]{"kafka", "org.apache.kafka", "state.change.logger"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.OFF);
            }
        }
        try {
            broker.destroy();
        } catch (RuntimeException ignored) {
            // the JVM is exiting; the broker's temporary directory goes with it
        }
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public String description() {
        return "embedded KRaft Kafka at " + bootstrapServers();
    }
}
