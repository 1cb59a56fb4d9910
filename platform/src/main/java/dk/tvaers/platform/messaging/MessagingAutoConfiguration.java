package dk.tvaers.platform.messaging;

import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.InvalidIntegrationEventException;
import dk.tvaers.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Kafka for every service: the integration event codec, the publisher, the inbox, topics, and the
 * error handler that sends what cannot be processed to {@code <topic>-dlt} with the reason and goes on.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaTopicsProperties.class)
public class MessagingAutoConfiguration {

    /** Header on a dead letter holding the root cause in plain words. */
    public static final String DEAD_LETTER_REASON_HEADER = "tvaers-dlt-reason";

    private static final Logger log = LoggerFactory.getLogger(MessagingAutoConfiguration.class);

    @Bean
    public IntegrationEventCodec integrationEventCodec() {
        return new IntegrationEventCodec();
    }

    @Bean
    @SuppressWarnings("unchecked")
    public IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<?, ?> kafkaTemplate,
                                                               IntegrationEventCodec codec,
                                                               @Value("${spring.application.name}") String serviceName,
                                                               MeterRegistry meters) {
        return new IntegrationEventPublisher((KafkaTemplate<String, byte[]>) kafkaTemplate, codec, serviceName,
                Duration.ofSeconds(30), meters);
    }

    @Bean
    public Inbox inbox(JdbcClient jdbc, PlatformTransactionManager transactionManager, MeterRegistry meters) {
        return new Inbox(jdbc, new TransactionTemplate(transactionManager), meters);
    }

    @Bean
    public KafkaAdmin.NewTopics tvaersTopics(KafkaTopicsProperties topics) {
        List<NewTopic> all = new ArrayList<>();
        topics.published().forEach(name -> all.add(topic(name, topics)));
        topics.consumed().forEach(name -> all.add(topic(Topics.deadLetterOf(name), topics)));
        return new KafkaAdmin.NewTopics(all.toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, KafkaTopicsProperties topics) {
        return TopicBuilder.name(name).partitions(topics.partitions()).replicas(topics.replicas()).build();
    }

    /**
     * Retries a failing record a few times with back-off (a database hiccup passes), then sends it to
     * the dead-letter topic. A message that is malformed or can never be applied goes there at once.
     * The dead letter keeps the original key, value and headers, plus spring-kafka's exception headers
     * and {@value #DEAD_LETTER_REASON_HEADER}.
     */
    @Bean
    public CommonErrorHandler deadLetteringErrorHandler(KafkaOperations<?, ?> kafkaTemplate, MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        recoverer.setHeadersFunction((record, exception) -> {
            String reason = reasonOf(exception);
            log.warn("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                    record.key(), reason);
            meters.counter("tvaers.integration.dead_lettered", "topic", record.topic()).increment();
            return new RecordHeaders(List.of(
                    new RecordHeader(DEAD_LETTER_REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8))));
        });
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxAttempts(4);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidIntegrationEventException.class, UnprocessableEventException.class);
        return handler;
    }

    /** The consumer's own explanation where there is one, else the innermost cause. */
    static String reasonOf(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof InvalidIntegrationEventException || t instanceof UnprocessableEventException) {
                return t.getMessage();
            }
        }
        Throwable root = NestedExceptionUtils.getMostSpecificCause(exception);
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
