package dk.tvaers.insight.facts.integration;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.sectors.v1.BenefitChanged;
import dk.tvaers.contracts.sectors.v1.SectorTopics;
import dk.tvaers.insight.facts.api.BenefitChangedEvent;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The jobcenter's own system's events as facts: which public benefit (offentlig forsørgelse) a citizen receives
 * from when, so the insight can show citizens leaving benefits, the gain the investment approach promises on
 * the employment side. Internships stay with coordination-service.
 */
@Component
class JobcenterEventsListener {

    static final String CONSUMER = "insight-service.jobcenter-events";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final Facts facts;

    JobcenterEventsListener(IntegrationEventCodec codec, Inbox inbox, Facts facts) {
        this.codec = codec;
        this.inbox = inbox;
        this.facts = facts;
    }

    @KafkaListener(id = CONSUMER, topics = SectorTopics.JOBCENTER, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.of(BenefitChanged.TYPE), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        if (event.is(BenefitChanged.TYPE)) {
            BenefitChanged changed = event.payloadAs(BenefitChanged.TYPE);
            facts.record(new BenefitChangedEvent(event.citizenId(), event.organisation(), changed.newBenefit(),
                    changed.effectiveFrom()));
        }
    }
}
