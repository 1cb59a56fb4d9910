package dk.tvaers.testsupport;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A single-node KRaft broker inside the test JVM (spring-kafka-test). */
final class EmbeddedKafkaServer implements KafkaServer {

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaServer(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    static EmbeddedKafkaServer start() {
        // Kafka's test kit deletes the broker's log directory in JVM shutdown hooks of its own, which ran while a
        // whole platform was still closing its consumers: the broker failed under them and they waited for it. They
        // run in order now, after whatever uses the broker is closed and the broker is stopped.
        Exit.setShutdownHookAdder((name, hook) -> TestInfrastructure.stopWhenTheJvmEnds(hook::run));
        // six partitions per topic, as the services create theirs: a topic auto-created first by a client
        // must not grow later, or a citizen's events would change partition
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.afterPropertiesSet();
        TestInfrastructure.stopWhenTheJvmEnds(() -> stop(broker));
        return new EmbeddedKafkaServer(broker);
    }

    /**
     * Spring's test contexts close in shutdown hooks of their own, which run at the same time as this one, so the
     * broker may go while they are still closing their clients: what both sides say about that is noise, not a
     * finding.
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
