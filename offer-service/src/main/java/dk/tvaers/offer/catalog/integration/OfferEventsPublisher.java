package dk.tvaers.offer.catalog.integration;

import dk.tvaers.contracts.offer.v1.BasicRate;
import dk.tvaers.contracts.offer.v1.CitizenEnrolled;
import dk.tvaers.contracts.offer.v1.CitizenWaitlisted;
import dk.tvaers.contracts.offer.v1.EnrolmentEnded;
import dk.tvaers.contracts.offer.v1.OfferChanged;
import dk.tvaers.contracts.offer.v1.OfferPublished;
import dk.tvaers.contracts.offer.v1.OfferRetired;
import dk.tvaers.contracts.offer.v1.SeatsExhausted;
import dk.tvaers.offer.catalog.api.DoubleBilledItem;
import dk.tvaers.offer.catalog.api.OfferChange;
import dk.tvaers.offer.catalog.api.OfferChangedEvent;
import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.OfferPublishedEvent;
import dk.tvaers.offer.catalog.api.OfferRetiredEvent;
import dk.tvaers.offer.catalog.api.PriceList;
import dk.tvaers.offer.enrolment.api.CitizenEnrolledEvent;
import dk.tvaers.offer.enrolment.api.CitizenWaitlistedEvent;
import dk.tvaers.offer.enrolment.api.EnrolmentEndedEvent;
import dk.tvaers.offer.enrolment.api.EnrolmentOutcome;
import dk.tvaers.offer.enrolment.api.SeatsExhaustedEvent;
import dk.tvaers.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The one place where offer-service's domain events become integration events, in a tracking processor of
 * its own that never replays. Catalog events concern no citizen and are keyed by the offer; enrolment
 * events are keyed by the citizen's pseudonymous id and name the provider, so the platform knows which
 * partner is party to the citizen. Starts, punch-card visits and ends by erasure stay inside the service.
 */
@Component
@ProcessingGroup("offer-integration-publisher")
@DisallowReplay
class OfferEventsPublisher {

    private final IntegrationEventPublisher publisher;

    OfferEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(OfferPublishedEvent event, EventMessage<OfferPublishedEvent> message) {
        OfferDetails d = event.details();
        publisher.publish(event.offerId().toString(), message, OfferPublished.TYPE, null, event.organisation(), null,
                new OfferPublished(event.offerId(), event.version(), d.title(), d.kind().code(),
                        d.provider().organisation(), d.access().code(), d.sectors(), d.needs(), d.capacity(),
                        d.defaultDurationWeeks(), basicRate(event.prices()), items(event.doubleBilledItems())));
    }

    @EventHandler
    void on(OfferChangedEvent event, EventMessage<OfferChangedEvent> message) {
        OfferDetails d = event.details();
        publisher.publish(event.offerId().toString(), message, OfferChanged.TYPE, null, event.organisation(), null,
                new OfferChanged(event.offerId(), event.version(),
                        event.change() == OfferChange.PRICES ? OfferChanged.PRICES : OfferChanged.DETAILS,
                        d.title(), d.kind().code(), d.provider().organisation(), d.access().code(), d.sectors(),
                        d.needs(), d.capacity(), d.defaultDurationWeeks(), items(event.doubleBilledItems()),
                        basicRate(event.prices())));
    }

    @EventHandler
    void on(OfferRetiredEvent event, EventMessage<OfferRetiredEvent> message) {
        publisher.publish(event.offerId().toString(), message, OfferRetired.TYPE, null, event.organisation(), null,
                new OfferRetired(event.offerId(), event.version(), event.providerOrganisation(), event.retiredOn()));
    }

    @EventHandler
    void on(SeatsExhaustedEvent event, EventMessage<SeatsExhaustedEvent> message) {
        publisher.publish(event.offerId().toString(), message, SeatsExhausted.TYPE, null, event.organisation(), null,
                new SeatsExhausted(event.offerId(), event.providerOrganisation(), event.capacity()));
    }

    @EventHandler
    void on(CitizenEnrolledEvent event, EventMessage<CitizenEnrolledEvent> message) {
        publisher.publish(message, CitizenEnrolled.TYPE, event.citizenId(), event.organisation(),
                event.referringSector(),
                new CitizenEnrolled(event.enrolmentId(), event.offerId(), event.providerOrganisation(),
                        event.referringSector(), event.enrolledOn(), event.fromWaitlist()));
    }

    @EventHandler
    void on(CitizenWaitlistedEvent event, EventMessage<CitizenWaitlistedEvent> message) {
        publisher.publish(message, CitizenWaitlisted.TYPE, event.citizenId(), event.organisation(),
                event.referringSector(),
                new CitizenWaitlisted(event.enrolmentId(), event.offerId(), event.providerOrganisation(),
                        event.referringSector(), event.position(), event.waitlistedOn()));
    }

    /**
     * An enrolment ended by the citizen's erasure is not announced: every service has forgotten the citizen on the
     * same {@code case.CitizenErased}, and there is nothing more to say about them.
     */
    @EventHandler
    void on(EnrolmentEndedEvent event, EventMessage<EnrolmentEndedEvent> message) {
        if (event.outcome() == EnrolmentOutcome.CITIZEN_ERASED) {
            return;
        }
        publisher.publish(message, EnrolmentEnded.TYPE, event.citizenId(), event.organisation(),
                event.referringSector(),
                new EnrolmentEnded(event.enrolmentId(), event.offerId(), event.providerOrganisation(),
                        event.referringSector(), event.endedOn(), event.outcome().code()));
    }

    /** The basic rate, so the platform can price what is granted on the offer; the supplements stay here. */
    private static BasicRate basicRate(PriceList prices) {
        if (prices == null || prices.basicRate() == null || prices.basicRate().amount() == null) {
            return null;
        }
        return new BasicRate(prices.basicRate().amount(), prices.basicRate().unit().name().toLowerCase(Locale.ROOT));
    }

    private static List<String> items(List<DoubleBilledItem> doubleBilled) {
        return doubleBilled.stream().map(DoubleBilledItem::item).distinct().toList();
    }
}
