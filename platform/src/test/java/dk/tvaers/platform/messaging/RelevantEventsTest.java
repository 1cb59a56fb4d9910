package dk.tvaers.platform.messaging;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelevantEventsTest {

    private static final RelevantEvents OPENINGS = RelevantEvents.of(CaseOpened.TYPE);

    @Test
    void aRecordIsPassedOverOnlyWhenItsTypeHeaderNamesAnotherType() {
        assertThat(OPENINGS.mayConcern(record("case.CaseloadChanged"))).isFalse();
        assertThat(OPENINGS.mayConcern(record("case.CaseOpened"))).isTrue();
        assertThat(OPENINGS.mayConcern(record(null))).as("no header: decode and judge it").isTrue();
        assertThat(RelevantEvents.all().mayConcern(record("case.CaseloadChanged"))).isTrue();
    }

    @Test
    void aDecodedEventMustBeOfANamedTypeAndVersionAndMeetTheCondition() {
        IntegrationEvent<CaseOpened> opened = opened("lov om social service § 85");

        assertThat(OPENINGS.test(opened)).isTrue();
        assertThat(RelevantEvents.of(CaseClosed.TYPE).test(opened)).isFalse();
        assertThat(RelevantEvents.all().test(opened)).isTrue();
        assertThat(OPENINGS.where(event -> event.payloadAs(CaseOpened.TYPE).legalBasis().startsWith("lov"))
                .test(opened)).isTrue();
        assertThat(OPENINGS.where(event -> false).test(opened)).isFalse();
    }

    @Test
    void namingNoTypeIsAMistake() {
        assertThatThrownBy(RelevantEvents::of).isInstanceOf(IllegalArgumentException.class);
    }

    private static ConsumerRecord<String, byte[]> record(String type) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.CASE, 0, 0L, "key", new byte[0]);
        if (type != null) {
            record.headers().add(IntegrationEventPublisher.TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static IntegrationEvent<CaseOpened> opened(String legalBasis) {
        return IntegrationEvent.of(CaseOpened.TYPE, UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "holstebro",
                new Producer("case-service", "jobcenter"), null,
                new CaseOpened(UUID.randomUUID(), "jobcenter", legalBasis, "jens.jobcenter", LocalDate.now()));
    }
}
