package dk.tvaers.insight.facts.integration;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.offer.v1.BasicRate;
import dk.tvaers.contracts.offer.v1.OfferChanged;
import dk.tvaers.contracts.offer.v1.OfferPublished;
import dk.tvaers.insight.facts.api.OfferPricedEvent;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * offer-service's catalog events as facts: each version of an offer with its basic rate (to price granted
 * hours) and the items billed twice. Enrolments are not needed: what the municipality pays for is granted.
 */
@Component
class OfferEventsListener {

    static final String CONSUMER = "insight-service.offer-events";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final Facts facts;

    OfferEventsListener(IntegrationEventCodec codec, Inbox inbox, Facts facts) {
        this.codec = codec;
        this.inbox = inbox;
        this.facts = facts;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.OFFER, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.of(OfferPublished.TYPE, OfferChanged.TYPE), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        if (event.is(OfferPublished.TYPE)) {
            OfferPublished published = event.payloadAs(OfferPublished.TYPE);
            facts.record(priced(event, published.offerId(), published.version(), published.title(), published.kind(),
                    published.basicRate(), published.doubleBilledItems()));
        } else if (event.is(OfferChanged.TYPE)) {
            OfferChanged changed = event.payloadAs(OfferChanged.TYPE);
            facts.record(priced(event, changed.offerId(), changed.version(), changed.title(), changed.kind(),
                    changed.basicRate(), changed.doubleBilledItems()));
        }
    }

    private static OfferPricedEvent priced(IntegrationEvent<?> event, UUID offerId, int version,
                                           String title, String kind, BasicRate rate,
                                           List<String> doubleBilled) {
        return new OfferPricedEvent(event.organisation(), offerId, version, title, kind,
                rate == null ? null : rate.amount(), rate == null ? null : rate.unit(), doubleBilled,
                Facts.dayOf(event));
    }
}
