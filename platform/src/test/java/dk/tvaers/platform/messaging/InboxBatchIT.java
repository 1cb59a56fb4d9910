package dk.tvaers.platform.messaging;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.platform.testapp.LedgerCaseListener;
import dk.tvaers.platform.testapp.LedgerEntriesProjection;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A batch listener's poll applied through the inbox in one transaction: every event once and in order, a
 * redelivery skipped, a record of a type the consumer does not act on passed over by its type header, and the
 * records that cannot be read and the one that cannot be applied dead-lettered with their reasons while the rest
 * of the poll, before and after them, is applied.
 */
@ServiceIntegrationTest
class InboxBatchIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    LedgerEntriesProjection entries;

    @Autowired
    JdbcClient jdbc;

    final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Test
    void aPollIsAppliedOnceInOrderAndItsBadRecordsAreDeadLetteredWhileTheRestGoesOn() throws Exception {
        UUID citizen = UUID.randomUUID();
        String key = citizen.toString();
        List<UUID> good = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID poisoned = UUID.randomUUID();
        IntegrationEvent<CaseOpened> first = opened(citizen, good.get(0), LedgerCaseListener.MARK);

        MessageListenerContainer container = listeners.getListenerContainer(LedgerCaseListener.CONSUMER);
        // the group's first rebalance over: a record dead-lettered while the group is still being formed was sent to
        // the dead-letter topic again by the partition's next owner (once in CI), which is allowed, but this test
        // counts dead letters
        await().atMost(WAIT).until(() -> everyConsumerHasPartitions(container));
        container.pause();
        await().atMost(WAIT).until(container::isPauseRequested);
        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.deadLetterOf(Topics.CASE))) {
            List<ProducerRecord<String, byte[]>> poll = new ArrayList<>();
            poll.add(record(key, null, codec.encodeToBytes(first)));
            poll.add(record(key, null, codec.encodeToBytes(opened(citizen, good.get(1), LedgerCaseListener.MARK))));
            poll.add(record(key, null, codec.encodeToBytes(first)));
            poll.add(record(key, null, "{\"type\": \"case.CaseOpened\", broken".getBytes(StandardCharsets.UTF_8)));
            // a type this consumer does not act on is passed over by its header, unread: not dead-lettered here
            poll.add(record(key, "case.CaseloadChanged", "{\"type\": \"case.CaseloadChanged\", skipped"
                    .getBytes(StandardCharsets.UTF_8)));
            // a type it does act on is read and validated in full, header or not
            poll.add(record(key, "case.CaseOpened", "{\"type\": \"case.CaseOpened\", headed"
                    .getBytes(StandardCharsets.UTF_8)));
            poll.add(record(key, "case.CaseOpened", codec.encodeToBytes(opened(citizen, good.get(2),
                    LedgerCaseListener.MARK))));
            poll.add(record(key, null, codec.encodeToBytes(opened(citizen, poisoned, LedgerCaseListener.POISON))));
            poll.add(record(key, null, codec.encodeToBytes(opened(citizen, good.get(3), LedgerCaseListener.MARK))));
            for (ProducerRecord<String, byte[]> record : poll) {
                kafka.send(record).get();
            }
            container.resume();

            await().atMost(WAIT).until(() -> good.stream().allMatch(id -> entries.contains(id.toString())));
            var unreadable = deadLetters.await(r -> ours(r, key) && TopicProbe.text(r.value()).contains("broken"), WAIT);
            var headedUnreadable = deadLetters.await(r -> ours(r, key)
                    && TopicProbe.text(r.value()).contains("headed"), WAIT);
            var unprocessable = deadLetters.await(r -> ours(r, key)
                    && TopicProbe.text(r.value()).contains(poisoned.toString()), WAIT);

            assertThat(TopicProbe.header(unreadable, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .startsWith("not valid JSON");
            assertThat(TopicProbe.header(headedUnreadable, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .startsWith("not valid JSON");
            assertThat(TopicProbe.header(unprocessable, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .isEqualTo("a poisoned test case");
            assertThat(entries.contains(poisoned.toString())).isFalse();
            assertThat(deadLetters.seen()).filteredOn(r -> ours(r, key)).as("nothing else dead-lettered")
                    .hasSize(3);
            assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE consumer = ? AND event_id = ?")
                    .params(LedgerCaseListener.CONSUMER, first.eventId()).query(Long.class).single())
                    .as("the redelivered event applied once").isEqualTo(1);
            assertThat(jdbc.sql("""
                            SELECT aggregate_identifier FROM domain_event_entry
                            WHERE aggregate_identifier IN (:ids) ORDER BY global_index""")
                    .param("ids", good.stream().map(UUID::toString).toList()).query(String.class).list())
                    .as("in the order they were sent").containsExactlyElementsOf(good.stream().map(UUID::toString).toList());
        } finally {
            if (container.isPauseRequested()) {
                container.resume();
            }
        }
    }

    /**
     * Offsets are committed once a second, but a batch's dead letter is committed by the error handler at once. The
     * record applied just before it, in an earlier poll and not committed yet, is committed after it, and must not
     * take the committed offset back behind the dead letter: the partition's next consumer (after a restart or a
     * rebalance, however much later) would send the record to the dead-letter topic a second time.
     */
    @Test
    void aDeadLettersOffsetStaysCommittedWhenTheRecordsBeforeItAreCommittedAfterIt() throws Exception {
        UUID citizen = UUID.randomUUID();
        String key = citizen.toString();
        MessageListenerContainer container = listeners.getListenerContainer(LedgerCaseListener.CONSUMER);
        await().atMost(WAIT).until(() -> everyConsumerHasPartitions(container));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()));
             TopicProbe deadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                     Topics.deadLetterOf(Topics.CASE))) {
            // a commit has just been made for the partition, so the next second's records wait for the next one
            UUID primer = UUID.randomUUID();
            RecordMetadata sent = kafka.send(record(key, null, codec.encodeToBytes(opened(citizen, primer,
                    LedgerCaseListener.MARK)))).get().getRecordMetadata();
            TopicPartition partition = new TopicPartition(Topics.CASE, sent.partition());
            long primed = sent.offset();
            await().atMost(WAIT).pollInterval(Duration.ofMillis(10))
                    .until(() -> committed(admin, partition) == primed + 1);
            UUID applied = UUID.randomUUID();
            kafka.send(record(key, null, codec.encodeToBytes(opened(citizen, applied, LedgerCaseListener.MARK)))).get();
            await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> entries.contains(applied.toString()));
            long broken = kafka.send(record(key, null, "{\"type\": \"case.CaseOpened\", broken again"
                    .getBytes(StandardCharsets.UTF_8))).get().getRecordMetadata().offset();
            deadLetters.await(r -> ours(r, key) && TopicProbe.text(r.value()).contains("broken again"), WAIT);

            // the next timed commits (the listener polls at least every few seconds) keep the dead letter behind it
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> committed(admin, partition) >= broken + 1);
            assertThat(deadLetters.seen()).filteredOn(r -> ours(r, key)).as("dead-lettered once").hasSize(1);
        }
    }

    private static long committed(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets(LedgerCaseListener.CONSUMER)
                .partitionsToOffsetAndMetadata().get().get(partition);
        return offset == null ? -1 : offset.offset();
    }

    private static boolean everyConsumerHasPartitions(MessageListenerContainer container) {
        List<? extends MessageListenerContainer> consumers = container instanceof ConcurrentMessageListenerContainer<?, ?> c
                ? c.getContainers() : List.of(container);
        return !consumers.isEmpty() && consumers.stream().allMatch(consumer -> consumer.getAssignedPartitions() != null
                && !consumer.getAssignedPartitions().isEmpty());
    }

    /** Dead-lettered by this listener's group (the platform's access directory reads the topic too). */
    private static boolean ours(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record, String key) {
        return key.equals(record.key())
                && LedgerCaseListener.CONSUMER.equals(TopicProbe.header(record, "kafka_dlt-original-consumer-group"));
    }

    private static ProducerRecord<String, byte[]> record(String key, String typeHeader, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CASE, key, value);
        if (typeHeader != null) {
            record.headers().add(IntegrationEventPublisher.TYPE_HEADER, typeHeader.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static IntegrationEvent<CaseOpened> opened(UUID citizen, UUID caseId, String legalBasis) {
        return IntegrationEvent.of(CaseOpened.TYPE, UUID.randomUUID(), Instant.now(), citizen, "holstebro",
                new Producer("case-service", "social-services"), "test-" + UUID.randomUUID(),
                new CaseOpened(caseId, "social-services", legalBasis, "sofie.social", DanishTime.today()));
    }
}
