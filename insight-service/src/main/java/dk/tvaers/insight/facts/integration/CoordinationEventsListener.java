package dk.tvaers.insight.facts.integration;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.coordination.v1.CoordinatorDesignated;
import dk.tvaers.contracts.coordination.v1.CoordinatorNeeded;
import dk.tvaers.contracts.coordination.v1.MeetingCancelled;
import dk.tvaers.contracts.coordination.v1.MeetingScheduled;
import dk.tvaers.insight.facts.api.CoordinatorChangedEvent;
import dk.tvaers.insight.facts.api.MeetingCancelledEvent;
import dk.tvaers.insight.facts.api.MeetingScheduledEvent;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.time.LocalDate;

/**
 * coordination-service's events as facts: whether the citizen has a coordinating caseworker, and the
 * coordination meetings held on the plan. Who the coordinator is, consents and referrals are not kept.
 */
@Component
class CoordinationEventsListener {

    static final String CONSUMER = "insight-service.coordination-events";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final Facts facts;

    CoordinationEventsListener(IntegrationEventCodec codec, Inbox inbox, Facts facts) {
        this.codec = codec;
        this.inbox = inbox;
        this.facts = facts;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.COORDINATION, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.all(), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        String organisation = event.organisation();
        if (event.is(CoordinatorDesignated.TYPE)) {
            facts.record(new CoordinatorChangedEvent(event.citizenId(), organisation, true, Facts.dayOf(event)));
        } else if (event.is(CoordinatorNeeded.TYPE)
                && event.payloadAs(CoordinatorNeeded.TYPE).previousCaseworkerId() != null) {
            facts.record(new CoordinatorChangedEvent(event.citizenId(), organisation, false, Facts.dayOf(event)));
        } else if (event.is(MeetingScheduled.TYPE)) {
            MeetingScheduled scheduled = event.payloadAs(MeetingScheduled.TYPE);
            facts.record(new MeetingScheduledEvent(event.citizenId(), organisation, scheduled.meetingId(),
                    LocalDate.ofInstant(scheduled.startsAt(), Facts.DANISH_TIME)));
        } else if (event.is(MeetingCancelled.TYPE)) {
            facts.record(new MeetingCancelledEvent(event.citizenId(), organisation,
                    event.payloadAs(MeetingCancelled.TYPE).meetingId()));
        }
    }
}
